"""A part of a report round: its page, marking it ready, sending it back, assigning it,
adding a section and taking a part out of the round."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from rounds.access import may_write_part, part_or_404, round_or_404
from rounds.forms import AssignForm, SectionForm, SendBackForm
from rounds.models import PartKind, RoundStatus
from rounds.services.parts import (
    add_section,
    assign_part,
    mark_ready,
    remove_part,
    send_back,
    undo_ready,
)


def _write_url(kind: Any, owner: Any, part: Any) -> str:
    if part.kind == PartKind.SECTION and part.chapter_id is not None:
        return reverse("chapters:edit", args=[part.chapter_id])
    return str(kind.part_url(owner, part))


@login_required
def part_detail(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, keeps = part_or_404(request.user, pk)
    return render(
        request,
        "rounds/part.html",
        {
            "part": part,
            "round": part.round,
            "owner": owner,
            "keeps": keeps,
            "writes": may_write_part(request.user, part),
            "open": part.round.status == RoundStatus.OPEN,
            "write_url": _write_url(kind, owner, part),
        },
    )


def _acted(request: HttpRequest, act: Any, done: str) -> None:
    try:
        act()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, done)


@login_required
@require_POST
def part_ready(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, _keeps = part_or_404(request.user, pk)
    _acted(
        request,
        lambda: mark_ready(request.user, kind, owner, part),
        _("The part is marked ready."),
    )
    return redirect("rounds:part", part.pk)


@login_required
@require_POST
def part_undo(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, _keeps = part_or_404(request.user, pk)
    _acted(
        request,
        lambda: undo_ready(request.user, kind, owner, part),
        _("The part is no longer marked ready: write on."),
    )
    return redirect("rounds:part", part.pk)


@login_required
def part_back(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, _keeps = part_or_404(request.user, pk, keep=True)
    form = SendBackForm(request.POST or None)
    done = submit(
        request, form, lambda data: send_back(request.user, kind, owner, part, data["comment"])
    )
    if done.saved:
        messages.success(request, _("The part was sent back to its writer."))
        return redirect("rounds:detail", part.round_id)
    return render(request, "rounds/part_back.html", {"form": form, "part": part, "owner": owner})


@login_required
def part_assign(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, _keeps = part_or_404(request.user, pk, keep=True)
    initial = {
        "writer": part.writer_id,
        "due_on": part.due_on,
        "instructions": part.instructions,
        "version": part.version,
    }
    form = AssignForm(request.POST or None, initial=initial, region_id=owner.unit.region_id)
    done = submit_versioned(
        request,
        form,
        lambda data, version: assign_part(
            request.user,
            kind,
            owner,
            part,
            version,
            writer=data["writer"],
            due_on=data["due_on"],
            instructions=data["instructions"] or "",
        ),
    )
    if done.saved:
        messages.success(request, _("The part was assigned."))
        return redirect("rounds:detail", part.round_id)
    return render(
        request,
        "rounds/part_assign.html",
        {"form": form, "part": part, "owner": owner, "conflict": done.conflict},
    )


@login_required
def part_remove(request: HttpRequest, pk: int) -> HttpResponse:
    part, kind, owner, _keeps = part_or_404(request.user, pk, keep=True)
    if request.method == "POST":
        round_id = part.round_id
        try:
            remove_part(request.user, kind, owner, part)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The part was taken out of the round."))
        return redirect("rounds:detail", round_id)
    return render(request, "rounds/part_remove.html", {"part": part, "owner": owner})


@login_required
def section_add(request: HttpRequest, pk: int) -> HttpResponse:
    found, kind, owner, _keeps = round_or_404(request.user, pk, keep=True)
    places = list(kind.chapters_kind().places)
    initial = {
        "place": places[0][0],
        "due_on": found.parts.values_list("due_on", flat=True).first(),
    }
    form = SectionForm(
        request.POST or None, initial=initial, region_id=owner.unit.region_id, places=places
    )
    done = submit(
        request,
        form,
        lambda data: add_section(
            request.user,
            kind,
            owner,
            found,
            heading=data["heading"],
            place=data["place"],
            writer=data["writer"],
            due_on=data["due_on"],
            instructions=data["instructions"] or "",
        ),
    )
    if done.saved:
        messages.success(request, _("The section was added to the report and the round."))
        return redirect("rounds:detail", found.pk)
    return render(
        request, "rounds/section_add.html", {"form": form, "round": found, "owner": owner}
    )
