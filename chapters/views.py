"""A document's chapters: read them, write a new one, change, move and remove one."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from chapters import markup
from chapters.access import chapter_or_404, document_or_404, may_write
from chapters.documents import DocumentKind, Owner
from chapters.forms import ChapterForm, NewChapterForm
from chapters.models import Chapter
from chapters.services import (
    FIELDS,
    chapters_of,
    create_chapter,
    delete_chapter,
    move_chapter,
    update_chapter,
)


def _list_url(kind: DocumentKind, owner: Owner) -> str:
    return reverse("chapters:list", args=[kind.key, owner.unit.pk, owner.key])


# On the chapters page the places are headings of level 2: a chapter's heading is printed
# at level 3, a section's at 4, and the headings of their text under them.
def _heading_level(chapter: Chapter) -> int:
    return chapter.level + 2


def _shown(chapter: Chapter) -> Any:
    return markup.printed(chapter.text, heading_level=min(_heading_level(chapter) + 1, 6))


@login_required
def chapter_list(request: HttpRequest, kind: str, unit_pk: int, owner: int) -> HttpResponse:
    document, found = document_or_404(request.user, kind, unit_pk, owner)
    chapters = chapters_of(document, found)
    places = [
        {
            "key": key,
            "label": label,
            "chapters": [
                {"chapter": c, "html": _shown(c), "heading_level": _heading_level(c)}
                for c in chapters
                if c.place == key
            ],
        }
        for key, label in document.places
    ]
    return render(
        request,
        "chapters/list.html",
        {
            "document": document,
            "owner": found,
            "places": places,
            "count": len(chapters),
            "can_write": may_write(request.user, document, found),
        },
    )


def _form_page(
    request: HttpRequest,
    form: Any,
    document: DocumentKind,
    owner: Owner,
    chapter: Chapter | None,
    conflict: Any = None,
) -> HttpResponse:
    preview = None
    if request.method == "POST" and "preview" in request.POST and form.is_valid():
        preview = markup.printed(form.cleaned_data["text"] or "", heading_level=3)
    return render(
        request,
        "chapters/form.html",
        {
            "form": form,
            "document": document,
            "owner": owner,
            "chapter": chapter,
            "conflict": conflict,
            "preview": preview,
            "back": _list_url(document, owner),
        },
    )


@login_required
def chapter_create(request: HttpRequest, kind: str, unit_pk: int, owner: int) -> HttpResponse:
    document, found = document_or_404(request.user, kind, unit_pk, owner, write=True)
    initial = {"place": request.GET.get("plats") or document.places[0][0]}
    form = NewChapterForm(request.POST or None, kind=document, initial=initial)
    if "preview" in request.POST:
        return _form_page(request, form, document, found, None)
    done = submit(request, form, lambda data: create_chapter(request.user, document, found, **data))
    if done.saved:
        messages.success(request, _("The chapter was saved."))
        return redirect(_list_url(document, found))
    return _form_page(request, form, document, found, None)


@login_required
def chapter_edit(request: HttpRequest, pk: int) -> HttpResponse:
    chapter, document, found = chapter_or_404(request.user, pk, write=True)
    initial = {name: getattr(chapter, name) for name in FIELDS} | {"version": chapter.version}
    form = ChapterForm(request.POST or None, kind=document, initial=initial)
    if "preview" in request.POST:
        return _form_page(request, form, document, found, chapter)
    done = submit_versioned(
        request,
        form,
        lambda data, version: update_chapter(
            request.user, document, found, chapter, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The chapter was saved."))
        return redirect(_list_url(document, found))
    return _form_page(request, form, document, found, chapter, done.conflict)


@login_required
def chapter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    chapter, document, found = chapter_or_404(request.user, pk, write=True, whole_document=True)
    if request.method == "POST":
        delete_chapter(request.user, document, found, chapter)
        messages.success(request, _("The chapter was removed. Its history is kept."))
        return redirect(_list_url(document, found))
    return render(
        request,
        "chapters/delete.html",
        {
            "chapter": chapter,
            "document": document,
            "owner": found,
            "back": _list_url(document, found),
        },
    )


@login_required
@require_POST
def chapter_move(request: HttpRequest, pk: int) -> HttpResponse:
    chapter, document, found = chapter_or_404(request.user, pk, write=True, whole_document=True)
    step = -1 if request.POST.get("riktning") == "upp" else 1
    move_chapter(request.user, document, found, chapter, step)
    return redirect(f"{_list_url(document, found)}#kapitel-{chapter.pk}")
