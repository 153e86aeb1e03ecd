"""The operational plan of a unit for a year, as PDF and Word."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver
from reports.operational_plan import operational_plan
from reports.operational_plan_docx import operational_plan_docx
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX


def plan_title(unit: Unit, year: int) -> str:
    return _("Operational plan %(year)s: %(unit)s") % {"year": year, "unit": unit.name}


def _label() -> str:
    return _("as of %(date)s") % {"date": timezone.localdate().isoformat()}


def operational_plan_pdf_bytes(unit: Unit, year: int, progress: Progress | None = None) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    return render_pdf(
        "reports/pdf/operational_plan.html",
        operational_plan(unit, year)
        | {
            "title": plan_title(unit, year),
            "version_label": _label(),
            "printed_on": timezone.localdate(),
        },
        step,
    )


def _word(unit: Unit, year: int, progress: Progress) -> bytes:
    progress(5, GATHERING)
    return operational_plan_docx(operational_plan(unit, year), plan_title(unit, year), _label())


def _unit(request: HttpRequest, unit_pk: int) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable plan
    return unit


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = _unit(request, unit_pk)
    name = slugify(f"verksamhetsplan-{year}-{unit.name}")
    return deliver(
        request,
        DocumentOrder(
            f"{plan_title(unit, year)} (PDF)",
            f"{name}.pdf",
            "application/pdf",
            lambda progress: operational_plan_pdf_bytes(unit, year, progress),
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_word(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = _unit(request, unit_pk)
    name = slugify(f"verksamhetsplan-{year}-{unit.name}")
    return deliver(
        request,
        DocumentOrder(
            f"{plan_title(unit, year)} (Word)",
            f"{name}.docx",
            DOCX,
            lambda progress: _word(unit, year, progress),
        ),
    )
