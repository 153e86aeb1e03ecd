"""A unit's report rounds: the list, starting one, the round with its completion bar,
approving it and the files as sent."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit
from chapters.sent import sent_file, sent_files
from organisation.access import EDIT_ROLES, grants_of, path_filter
from organisation.models import Unit
from reports.document_jobs import download
from rounds.access import kind_or_404, owner_of, round_or_404, unit_or_404
from rounds.forms import StartForm
from rounds.kinds import round_kinds
from rounds.models import ReportRound, RoundStatus
from rounds.progress import completion, is_late
from rounds.services.approve import approve_round, files_missing, send_again
from rounds.services.start import start_round


def _kept_units(user: Any) -> list[Unit]:
    """The units the person keeps by a role of their own (a unit under them is started from
    its scorecard)."""
    paths = grants_of(user).paths_for(EDIT_ROLES)
    if not paths or paths == ["/"]:
        return []
    return list(Unit.objects.filter(path__in=paths, closed_on__isnull=True).order_by("path"))


@login_required
def round_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    paths = grants_of(user).paths_for(EDIT_ROLES)
    kept = path_filter(paths, "unit__path") if paths else Q(pk__in=[])
    rounds = list(
        ReportRound.objects.filter(kept | Q(parts__writer_id=user.pk))
        .distinct()
        .select_related("unit")
        .order_by("-created_at", "-pk")[:100]
    )
    starts = [
        (unit, kind)
        for unit in _kept_units(user)
        for kind in round_kinds()
        if kind.may_start(user, unit)
    ]
    return render(request, "rounds/list.html", {"rounds": rounds, "starts": starts})


@login_required
def round_start(request: HttpRequest, document: str, unit_pk: int) -> HttpResponse:
    kind = kind_or_404(document)
    unit = unit_or_404(request.user, unit_pk)
    if not kind.may_start(request.user, unit):
        raise PermissionDenied
    taken = set(
        ReportRound.objects.filter(unit=unit, document=kind.document).values_list(
            "owner", flat=True
        )
    )
    periods = [(key, name) for key, name in kind.candidates(unit) if key not in taken]
    earlier = [
        (r.pk, r.title)
        for r in ReportRound.objects.filter(unit=unit, document=kind.document).order_by(
            "-created_at", "-pk"
        )
    ]
    initial: dict[str, Any] = {"earlier": earlier[0][0] if earlier else None}
    if periods:
        first = owner_of(kind, unit, periods[0][0])
        due = kind.default_due(first) if first else None
        # A last day already past is no last day to give: the keeper chooses one.
        initial["due_on"] = due if due is not None and due >= timezone.localdate() else None
    form = StartForm(
        request.POST or None,
        periods=periods,
        earlier=earlier,
        label=kind.candidate_label,
        initial=initial,
    )

    def save(data: dict[str, Any]) -> ReportRound:
        owner = owner_of(kind, unit, data["period"])
        if owner is None:
            raise ValidationError({"period": _("Choose a period of the unit's organisation.")})
        chosen = None
        if data.get("earlier"):
            chosen = ReportRound.objects.filter(
                pk=data["earlier"], unit=unit, document=kind.document
            ).first()
        return start_round(
            request.user,
            kind,
            owner,
            due_on=data.get("due_on"),
            instructions=data.get("instructions") or "",
            earlier=chosen,
            today=timezone.localdate(),
        )

    done = submit(request, form, save)
    if done.saved:
        messages.success(request, _("The round was started. Assign each part to its writer."))
        return redirect("rounds:detail", done.result.pk)
    return render(
        request,
        "rounds/start.html",
        {"form": form, "unit": unit, "kind": kind, "periods": periods},
    )


@login_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    found, kind, owner, keeps = round_or_404(request.user, pk)
    today = timezone.localdate()
    parts = list(found.parts.select_related("writer", "chapter").order_by("order", "pk"))
    if not keeps:
        parts = [p for p in parts if p.writer_id == request.user.pk]
    rows = [{"part": p, "late": is_late(p, today), "url": kind.part_url(owner, p)} for p in parts]
    files = sent_files(found.unit_id, found.document, found.owner)
    language = translation.get_language() or "sv"
    return render(
        request,
        "rounds/detail.html",
        {
            "round": found,
            "kind": kind,
            "owner": owner,
            "keeps": keeps,
            "rows": rows,
            "done": completion(parts, today),
            "files": files,
            "approved": found.status == RoundStatus.APPROVED,
            "missing": files_missing(kind, owner, language)
            if found.status == RoundStatus.APPROVED
            else [],
            "places": kind.chapters_kind().places,
        },
    )


@login_required
@require_POST
def round_approve(request: HttpRequest, pk: int) -> HttpResponse:
    found, kind, owner, _keeps = round_or_404(request.user, pk, keep=True)
    try:
        approve_round(request.user, kind, owner, found)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("The round is approved. The report is kept as sent: its PDF and Word are made now."),
        )
    return redirect("rounds:detail", found.pk)


@login_required
@require_POST
def round_send_again(request: HttpRequest, pk: int) -> HttpResponse:
    found, kind, owner, _keeps = round_or_404(request.user, pk, keep=True)
    try:
        send_again(request.user, kind, owner, found)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("rounds:detail", found.pk)


@login_required
def round_sent_file(request: HttpRequest, pk: int, file_format: str) -> HttpResponse:
    found, _kind, _owner, _keeps = round_or_404(request.user, pk)
    language = translation.get_language() or "sv"
    kept = sent_file(found.unit_id, found.document, found.owner, file_format, language)
    if kept is None:
        raise Http404
    return download(bytes(kept.content), kept.content_type, kept.filename)
