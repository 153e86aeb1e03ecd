"""The follow-up of an internal control plan at a follow-up point, as PDF and Word."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from internal_control.access import followup_policy
from internal_control.models import FollowUp
from organisation.access import get_visible_or_404
from reports.control_followup import control_followup
from reports.control_followup_docx import control_followup_docx
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX, download


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


def control_followup_pdf_bytes(followup: FollowUp) -> bytes:
    return render_pdf(
        "reports/pdf/control_followup.html",
        control_followup(followup)
        | {
            "title": followup_title(followup),
            "version_label": _label(),
            "printed_on": timezone.localdate(),
        },
    )


@login_required
def control_followup_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    followup = _followup(request, pk)
    name = slugify(followup_title(followup))
    return download(control_followup_pdf_bytes(followup), "application/pdf", f"{name}.pdf")


@login_required
def control_followup_word(request: HttpRequest, pk: int) -> HttpResponse:
    followup = _followup(request, pk)
    content = control_followup_docx(control_followup(followup), followup_title(followup), _label())
    return download(content, DOCX, f"{slugify(followup_title(followup))}.docx")
