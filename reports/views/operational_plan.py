"""The operational plan of a unit for a year, as PDF."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from reports.operational_plan import operational_plan
from reports.operational_plan_docx import operational_plan_docx
from reports.pdf import render_pdf
from reports.views.control_plan import DOCX, download


def plan_title(unit: Unit, year: int) -> str:
    return _("Operational plan %(year)s: %(unit)s") % {"year": year, "unit": unit.name}


def operational_plan_pdf_bytes(unit: Unit, year: int) -> bytes:
    today = timezone.localdate()
    return render_pdf(
        "reports/pdf/operational_plan.html",
        operational_plan(unit, year)
        | {
            "title": plan_title(unit, year),
            "version_label": _("as of %(date)s") % {"date": today.isoformat()},
            "printed_on": today,
        },
    )


def _unit(request: HttpRequest, unit_pk: int) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable plan
    return unit


@login_required
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = _unit(request, unit_pk)
    name = slugify(f"verksamhetsplan-{year}-{unit.name}")
    return download(operational_plan_pdf_bytes(unit, year), "application/pdf", f"{name}.pdf")


@login_required
def operational_plan_word(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = _unit(request, unit_pk)
    label = _("as of %(date)s") % {"date": timezone.localdate().isoformat()}
    content = operational_plan_docx(operational_plan(unit, year), plan_title(unit, year), label)
    name = slugify(f"verksamhetsplan-{year}-{unit.name}")
    return download(content, DOCX, f"{name}.docx")
