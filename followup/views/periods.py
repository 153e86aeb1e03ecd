"""The region's reporting calendar: periods of a year, opened and closed for reporting."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.concurrency import EditConflict
from audit.params import version_param
from followup.access import period_policy
from followup.models import Period, PeriodStatus
from followup.period_keepers import calendar_keepers
from followup.services import periods as period_services
from organisation.access import get_visible_or_404, grants_of
from organisation.models import Unit


def _region(request: HttpRequest) -> Unit | None:
    region_id = grants_of(request.user).region_id
    return Unit.objects.filter(pk=region_id).first() if region_id else None


@login_required
def period_list(request: HttpRequest) -> HttpResponse:
    region = _region(request)
    periods = period_policy.scope(request.user, Period.objects.all()).order_by(
        "-year", "ends_on", "kind"
    )
    can_manage = region is not None and period_services.may_manage_periods(request.user, region)
    return render(
        request,
        "followup/period_list.html",
        {
            "periods": periods,
            "has_region": region is not None,
            "can_manage": can_manage,
            "keepers": calendar_keepers(request.user, region) if region and not can_manage else [],
            "next_year": datetime.date.today().year + 1,
        },
    )


def period_not_open(request: HttpRequest, period: Period, unit: Unit) -> HttpResponse:
    """The grid of a period that is closed or not yet open: which period, why, who can open it.

    A page that explains (200), not a missing page; a form sent to it saved nothing (409).
    """
    can_manage = period_services.may_manage_periods(request.user, period.unit)
    return render(
        request,
        "followup/period_not_open.html",
        {
            "period": period,
            "unit": unit,
            "is_closed": period.status == PeriodStatus.CLOSED,
            "was_sent": request.method == "POST",
            "can_manage": can_manage,
            "keepers": [] if can_manage else calendar_keepers(request.user, period.unit),
        },
        status=409 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def period_make_year(request: HttpRequest) -> HttpResponse:
    region = _region(request)
    if region is None or not period_services.may_manage_periods(request.user, region):
        raise PermissionDenied
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        messages.error(request, _("Give a year, for example 2027."))
        return redirect("followup:periods")
    if not 2000 <= year <= 2100:
        messages.error(request, _("Give a year, for example 2027."))
        return redirect("followup:periods")
    made = period_services.make_year(request.user, region, year)
    messages.success(
        request, _("%(count)s periods were made for %(year)s.") % {"count": len(made), "year": year}
    )
    return redirect("followup:periods")


@login_required
@require_POST
def period_status(request: HttpRequest, pk: int) -> HttpResponse:
    period = get_visible_or_404(
        request.user, period_policy, Period.objects.select_related("unit"), pk
    )
    status = request.POST.get("status", "")
    if status not in PeriodStatus.values:
        raise PermissionDenied
    try:
        period_services.set_status(
            request.user, period, status, version_param(request.POST.get("version"))
        )
    except EditConflict:
        messages.error(
            request, _("The period was changed by someone else. Check it and try again.")
        )
    else:
        messages.success(
            request,
            _("%(period)s: %(status)s.") % {"period": period, "status": PeriodStatus(status).label},
        )
    return redirect("followup:periods")
