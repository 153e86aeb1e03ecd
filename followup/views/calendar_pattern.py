"""The organisation's reporting year: read by everyone in it, kept by those who keep its
calendar; each new year of periods is made from it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit
from followup.calendar import periods_from_pattern
from followup.calendar_forms import PatternPeriodForm
from followup.models import PeriodPattern
from followup.services import calendar_pattern as pattern_services
from followup.services.periods import may_manage_periods
from organisation.region_data import region_or_404


@login_required
def reporting_year(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    can_manage = may_manage_periods(request.user, region)
    if request.method == "POST" and not can_manage:
        raise PermissionDenied
    form = PatternPeriodForm(request.POST or None)
    done = submit(
        request, form, lambda data: pattern_services.add_period(request.user, region, **data)
    )
    if done.saved:
        messages.success(request, _("The period was added to the calendar."))
        return redirect("followup:reporting_year")
    rows, own = pattern_services.rows_of(region)
    year = timezone.localdate().year + 1
    return render(
        request,
        "followup/reporting_year.html",
        {
            "patterns": PeriodPattern.objects.filter(region=region) if own else [],
            "own": own,
            "example_year": year,
            "example": periods_from_pattern(rows, year),
            "form": form,
            "can_manage": can_manage,
            "presets": pattern_services.presets() if can_manage and not own else {},
        },
    )


@login_required
@require_POST
def reporting_year_preset(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    try:
        made = pattern_services.load_preset(request.user, region, request.POST.get("preset", ""))
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(
            request, _("%(count)s periods were added to the calendar.") % {"count": len(made)}
        )
    return redirect("followup:reporting_year")


@login_required
@require_POST
def reporting_year_remove(request: HttpRequest, pk: int) -> HttpResponse:
    region = region_or_404(request)
    pattern = get_object_or_404(PeriodPattern, pk=pk, region=region)
    pattern_services.remove_period(request.user, pattern)
    messages.success(request, _("%(name)s was taken out of the calendar.") % {"name": pattern.name})
    return redirect("followup:reporting_year")
