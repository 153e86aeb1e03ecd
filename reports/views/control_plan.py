"""Downloads of the internal control plan, as of today or exactly as adopted."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from internal_control.access import plan_policy
from internal_control.models import ControlPlan, PlanAdoption
from organisation.access import get_visible_or_404
from reports.control_plan_docx import control_plan_docx
from reports.control_plan_xlsx import control_plan_workbook
from reports.document_jobs import GATHERING, DocumentOrder, Progress, deliver, download
from reports.document_kinds import document_kind
from reports.heat_grid import heat_grid
from reports.pdf import render_pdf
from reports.plan_versions import plan_version, shown_adoption

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _plan(request: HttpRequest, pk: int) -> ControlPlan:
    return get_visible_or_404(
        request.user, plan_policy, ControlPlan.objects.select_related("unit"), pk
    )


def _name(request: HttpRequest, plan: ControlPlan) -> str:
    return slugify(f"{plan.title}-{request.GET.get('version', 'idag')}")


@login_required
def control_plan_excel(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    version = plan_version(plan, shown_adoption(plan, request.GET.get("version")))
    content = control_plan_workbook(version.document, version.label)
    return download(content, XLSX, f"{_name(request, plan)}.xlsx")


def control_plan_pdf_bytes(
    plan: ControlPlan, shown: PlanAdoption | None, progress: Progress | None = None
) -> bytes:
    step = progress or Progress()
    step(5, GATHERING)
    version = plan_version(plan, shown)
    document = version.document
    return render_pdf(
        "reports/pdf/control_plan.html",
        {
            "title": document["plan"]["title"],
            "version": version,
            "version_label": version.label,
            "document": document,
            "plan": plan,
            "risks_by_number": {r["number"]: r for r in document["risks"]},
            "actions_by_number": {a["number"]: a for a in document["actions"]},
            "heat": heat_grid(document),
            "in_document": True,
            "printed_on": timezone.localdate(),
        },
        step,
    )


def _word(plan: ControlPlan, shown: PlanAdoption | None, progress: Progress) -> bytes:
    progress(5, GATHERING)
    return control_plan_docx(plan_version(plan, shown))


def _shown(arguments: dict[str, Any]) -> tuple[ControlPlan, PlanAdoption | None]:
    plan = ControlPlan.objects.select_related("unit").get(pk=arguments["plan"])
    adoption = arguments.get("adoption")
    return plan, None if adoption is None else plan.adoptions.get(pk=adoption)


@document_kind("control_plan_pdf")
def _pdf_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return control_plan_pdf_bytes(*_shown(arguments), progress)


@document_kind("control_plan_docx")
def _word_kind(arguments: dict[str, Any], progress: Progress) -> bytes:
    return _word(*_shown(arguments), progress)


def _order(request: HttpRequest, pk: int, kind: str, content_type: str) -> HttpResponse:
    """A document of the plan; the version asked for is checked before it is queued."""
    plan = _plan(request, pk)
    shown = shown_adoption(plan, request.GET.get("version"))
    extension = "pdf" if kind == "PDF" else "docx"
    return deliver(
        request,
        DocumentOrder(
            f"{plan.title} ({kind})",
            f"{_name(request, plan)}.{extension}",
            content_type,
            f"control_plan_{extension}",
            {"plan": plan.pk, "adoption": shown.pk if shown else None},
            # An adopted plan's snapshot no longer changes; the plan of today does.
            shows=f"plan={plan.pk}:adoption={shown.pk}" if shown else "",
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def control_plan_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, "PDF", "application/pdf")


@login_required
@require_http_methods(["GET", "POST"])
def control_plan_word(request: HttpRequest, pk: int) -> HttpResponse:
    return _order(request, pk, "Word", DOCX)
