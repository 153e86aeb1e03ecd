"""The follow-up of an internal control plan at a follow-up point, as PDF and Word."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from internal_control.access import followup_policy
from internal_control.models import FollowUp
from organisation.access import get_visible_or_404
from reports.control_followup import control_followup
from reports.control_followup_docx import control_followup_docx
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver
from reports.document_kinds import document_kind
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX


def followup_title(followup: FollowUp) -> str:
    return _("Follow-up of %(plan)s: %(name)s") % {
        "plan": followup.plan.title,
        "name": followup.name,
    }


def _followup(request: HttpRequest, pk: int) -> FollowUp:
    # A follow-up is read by whoever may read its plan.
    followup = get_visible_or_404(
        request.user,
        followup_policy,
        FollowUp.objects.select_related("plan__unit"),
        pk,
    )
    return followup


def _label() -> str:
    return _("as of %(date)s") % {"date": timezone.localdate().isoformat()}


def control_followup_pdf_bytes(followup: FollowUp, progress: Progress | None = None) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    return render_pdf(
        "reports/pdf/control_followup.html",
        control_followup(followup)
        | {
            "title": followup_title(followup),
            "version_label": _label(),
            "printed_on": timezone.localdate(),
        },
        step,
    )


def _word(followup: FollowUp, progress: Progress) -> bytes:
    progress(5, GATHERING)
    return control_followup_docx(control_followup(followup), followup_title(followup), _label())


def _loaded(arguments: dict[str, Any]) -> FollowUp:
    return FollowUp.objects.select_related("plan__unit").get(pk=arguments["followup"])


@document_kind("control_followup_pdf")
def _pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return control_followup_pdf_bytes(_loaded(arguments), progress)


@document_kind("control_followup_docx")
def _word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _word(_loaded(arguments), progress)


@login_required
@require_http_methods(["GET", "POST"])
def control_followup_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    followup = _followup(request, pk)
    title = followup_title(followup)
    return deliver(
        request,
        DocumentOrder(
            f"{title} (PDF)",
            f"{slugify(title)}.pdf",
            "application/pdf",
            "control_followup_pdf",
            {"followup": followup.pk},
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def control_followup_word(request: HttpRequest, pk: int) -> HttpResponse:
    followup = _followup(request, pk)
    title = followup_title(followup)
    return deliver(
        request,
        DocumentOrder(
            f"{title} (Word)",
            f"{slugify(title)}.docx",
            DOCX,
            "control_followup_docx",
            {"followup": followup.pk},
        ),
    )
