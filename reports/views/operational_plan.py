"""The operational plan of a unit for a year, as PDF and Word."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from organisation.models import Unit
from planning.access import plan_unit_or_404
from planning.models import OperationalPlanAdoption
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver
from reports.operational_plan import operational_plan, shown_adoption
from reports.operational_plan_docx import operational_plan_docx
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX


def plan_title(unit: Unit, year: int) -> str:
    return _("Operational plan %(year)s: %(unit)s") % {"year": year, "unit": unit.name}


def operational_plan_pdf_bytes(
    unit: Unit,
    year: int,
    shown: OperationalPlanAdoption | None = None,
    progress: Progress | None = None,
) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    plan = operational_plan(unit, year, shown)
    return render_pdf(
        "reports/pdf/operational_plan.html",
        plan | {"title": plan_title(unit, year), "printed_on": timezone.localdate()},
        step,
    )


def _word(
    unit: Unit, year: int, shown: OperationalPlanAdoption | None, progress: Progress
) -> bytes:
    progress(5, GATHERING)
    plan = operational_plan(unit, year, shown)
    return operational_plan_docx(plan, plan_title(unit, year), plan["version_label"])


def _name(unit: Unit, year: int, version: str | None) -> str:
    return slugify(f"verksamhetsplan-{year}-{unit.name}-{version or 'idag'}")


PlanBuild = Callable[[Unit, int, OperationalPlanAdoption | None, Progress], bytes]


def _order(
    request: HttpRequest, unit_pk: int, year: int, kind: str, content_type: str, build: PlanBuild
) -> HttpResponse:
    """A document of the plan; the version asked for is checked before it is made."""
    unit = plan_unit_or_404(request.user, unit_pk)
    version = request.GET.get("version")
    shown = shown_adoption(unit, year, version)
    extension = "pdf" if kind == "PDF" else "docx"
    return deliver(
        request,
        DocumentOrder(
            f"{plan_title(unit, year)} ({kind})",
            f"{_name(unit, year, version)}.{extension}",
            content_type,
            lambda progress: build(unit, year, shown, progress),
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    return _order(request, unit_pk, year, "PDF", "application/pdf", operational_plan_pdf_bytes)


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_word(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    return _order(request, unit_pk, year, "Word", DOCX, _word)
