"""Who may read and write chapters: the one place that decides it, by asking the document
the chapter belongs to (chapters.documents). What a person may not read does not exist for
them (404); what they may read but not write is forbidden (403)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from chapters.documents import DocumentKind, Owner, document_kind
from chapters.models import Chapter
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit

# Rules by which someone not otherwise a writer of the document may change one chapter of
# it: registered by the apps above (a report round lets a section's writer write it).
CHAPTER_WRITER_RULES: list[Callable[[Any, Chapter], bool]] = []


def kind_or_404(key: str) -> DocumentKind:
    kind = document_kind(key)
    if kind is None:
        raise Http404
    return kind


def owner_of(chapter: Chapter) -> Owner | None:
    kind = document_kind(chapter.document)
    return kind.owner(chapter.unit, chapter.owner) if kind is not None else None


def may_read(user: Any, kind: DocumentKind, owner: Owner) -> bool:
    return unit_policy.can_view(user, owner.unit) and kind.may_read(user, owner)


def may_write(user: Any, kind: DocumentKind, owner: Owner) -> bool:
    return may_read(user, kind, owner) and kind.may_write(user, owner)


def may_write_chapter(user: Any, kind: DocumentKind, owner: Owner, chapter: Chapter) -> bool:
    """The document's writers change its chapters; a rule of CHAPTER_WRITER_RULES may let
    someone else change this one (not add, move or remove chapters)."""
    if not may_read(user, kind, owner):
        return False
    return kind.may_write(user, owner) or any(rule(user, chapter) for rule in CHAPTER_WRITER_RULES)


def _document(
    user: Any,
    kind: DocumentKind,
    unit: Unit,
    owner_key: int,
    *,
    write: bool,
    chapter: Chapter | None = None,
) -> Owner:
    owner = kind.owner(unit, owner_key)
    if owner is None or not may_read(user, kind, owner):
        raise Http404
    if write:
        allowed = (
            may_write_chapter(user, kind, owner, chapter)
            if chapter is not None
            else kind.may_write(user, owner)
        )
        if not allowed:
            raise PermissionDenied
    return owner


def document_or_404(
    user: Any, key: str, unit_pk: int, owner_key: int, *, write: bool = False
) -> tuple[DocumentKind, Owner]:
    """The document whose chapters the person asks for, if they may read it (and write in
    it, with `write`)."""
    kind = kind_or_404(key)
    unit = get_visible_or_404(user, unit_policy, Unit.objects.all(), unit_pk)
    return kind, _document(user, kind, unit, owner_key, write=write)


def chapter_or_404(
    user: Any, pk: int, *, write: bool = False, whole_document: bool = False
) -> tuple[Chapter, DocumentKind, Owner]:
    """The chapter, if the person may read it; with `write`, if they may change it (with
    `whole_document` too, if they may change the document's chapters: move or remove)."""
    chapter = get_object_or_404(Chapter.objects.select_related("unit"), pk=pk)
    kind = kind_or_404(chapter.document)
    one = None if whole_document else chapter
    return (
        chapter,
        kind,
        _document(user, kind, chapter.unit, chapter.owner, write=write, chapter=one),
    )
