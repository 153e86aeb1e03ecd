"""The operational plan of a unit for a year, as PDF and Word."""

from __future__ import annotations

from typing import Any

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
from reports.document_kinds import document_kind
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


def _shown(arguments: dict[str, Any]) -> tuple[Unit, int, OperationalPlanAdoption | None]:
    unit = Unit.objects.get(pk=arguments["unit"])
    adoption = arguments.get("adoption")
    shown = None if adoption is None else OperationalPlanAdoption.objects.get(pk=adoption)
    return unit, int(arguments["year"]), shown


@document_kind("operational_plan_pdf")
def _pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return operational_plan_pdf_bytes(*_shown(arguments), progress)


@document_kind("operational_plan_docx")
def _word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _word(*_shown(arguments), progress)


def _order(
    request: HttpRequest, unit_pk: int, year: int, kind: str, content_type: str
) -> HttpResponse:
    """A document of the plan; the version asked for is checked before it is queued."""
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
            f"operational_plan_{extension}",
            {"unit": unit.pk, "year": year, "adoption": shown.pk if shown else None},
            # An adopted plan's snapshot no longer changes; the plan of today does.
            shows=f"unit={unit.pk}:year={year}:adoption={shown.pk}" if shown else "",
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    return _order(request, unit_pk, year, "PDF", "application/pdf")


@login_required
@require_http_methods(["GET", "POST"])
def operational_plan_word(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    return _order(request, unit_pk, year, "Word", DOCX)
