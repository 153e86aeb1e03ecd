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
from reports.pdf import render_pdf
from reports.views.control_plan import download


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


@login_required
def operational_plan_pdf(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable plan
    name = slugify(f"verksamhetsplan-{year}-{unit.name}")
    return download(operational_plan_pdf_bytes(unit, year), "application/pdf", f"{name}.pdf")
