"""The tertial report of a unit for a period, as PDF."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from followup.access import period_policy
from followup.models import Period
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from reports.pdf import render_pdf
from reports.tertial_report import tertial_report
from reports.views.control_plan import download


def report_title(unit: Unit, period: Period) -> str:
    return _("%(unit)s: follow-up %(period)s") % {"unit": unit.name, "period": period}


def tertial_report_pdf_bytes(unit: Unit, period: Period) -> bytes:
    today = timezone.localdate()
    return render_pdf(
        "reports/pdf/tertial_report.html",
        tertial_report(unit, period)
        | {
            "title": report_title(unit, period),
            "version_label": _("as of %(date)s") % {"date": today.isoformat()},
            "printed_on": today,
        },
    )


@login_required
def tertial_report_pdf(request: HttpRequest, unit_pk: int, period_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable report
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_pk)
    name = slugify(f"{unit.name}-{period.name}-{period.year}")
    return download(tertial_report_pdf_bytes(unit, period), "application/pdf", f"{name}.pdf")
