"""The operational plan of a unit for a year, as PDF and Word."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from organisation.models import Unit
from planning.access import plan_unit_or_404
from planning.services.adoption import latest_adoption
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver
from reports.operational_plan import operational_plan
from reports.operational_plan_docx import operational_plan_docx
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX


def operational_plan_exists(unit: Unit, year: int, version: str | None) -> None:
    """Refuse at once, not in the background job, a version that does not exist."""
    if version == "antagen" and latest_adoption(unit, year) is None:
        raise Http404


def plan_title(unit: Unit, year: int) -> str:
    return _("Operational plan %(year)s: %(unit)s") % {"year": year, "unit": unit.name}


def operational_plan_pdf_bytes(
    unit: Unit, year: int, version: str | None = None, progress: Progress | None = None
) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    plan = operational_plan(unit, year, version)
    return render_pdf(
        "reports/pdf/operational_plan.html",
        plan | {"title": plan_title(unit, year), "printed_on": timezone.localdate()},
        step,
    )


def _word(unit: Unit, year: int, version: str | None, progress: Progress) -> bytes:
    progress(5, GATHERING)
    plan = operational_plan(unit, year, version)
    return operational_plan_docx(plan, plan_title(unit, year), plan["version_label"])


def _name(unit: Unit, year: int, version: str | None) -> str:
    return slugify(f"verksamhetsplan-{year}-{unit.name}-{version or 'idag'}")


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = plan_unit_or_404(request.user, unit_pk)
    version = request.GET.get("version")
    operational_plan_exists(unit, year, version)
    return deliver(
        request,
        DocumentOrder(
            f"{plan_title(unit, year)} (PDF)",
            f"{_name(unit, year, version)}.pdf",
            "application/pdf",
            lambda progress: operational_plan_pdf_bytes(unit, year, version, progress),
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_word(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = plan_unit_or_404(request.user, unit_pk)
    version = request.GET.get("version")
    operational_plan_exists(unit, year, version)
    return deliver(
        request,
        DocumentOrder(
            f"{plan_title(unit, year)} (Word)",
            f"{_name(unit, year, version)}.docx",
            DOCX,
            lambda progress: _word(unit, year, version, progress),
        ),
    )
