"""Outcome against the periodised budget for a month, and the full-year forecasts."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from audit.form_flow import submit
from audit.params import int_param
from economy.access import economy_policy, forecast_policy
from economy.forms import ForecastForm
from economy.models import BudgetFrame, CostType, Forecast
from economy.money import shown
from economy.services import forecasts as forecast_services
from economy.services.budget import budget_units
from economy.services.ledger import latest_month
from economy.variance_page import variance_page
from organisation.access import get_visible_or_404


def _month(request: HttpRequest, frame: BudgetFrame) -> int:
    chosen = int_param(request.GET.get("manad"), low=1, high=12)
    if chosen is not None:
        return chosen
    return latest_month([frame.unit], frame.year) or 1


@login_required
def variance(request: HttpRequest, pk: int) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk
    )
    month = _month(request, frame)
    page = variance_page(frame, month)
    for block in page["blocks"]:
        block.can_forecast = forecast_policy.can_create_in(request.user, block.unit)
    return render(
        request,
        "economy/variance.html",
        page
        | {
            "frame": frame,
            "month": month,
            "month_name": str(MONTHS[month]).lower(),
            "months": [(m, str(MONTHS[m]).lower()) for m in range(1, 13)],
        },
    )


@login_required
def forecast(request: HttpRequest, pk: int, unit_pk: int, cost_type_pk: int) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk
    )
    unit = next((u for u in budget_units(frame) if u.pk == unit_pk), None)
    cost_type = CostType.objects.filter(pk=cost_type_pk, region_id=frame.unit.region_id).first()
    if unit is None or cost_type is None:
        raise Http404
    if not forecast_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    month = _month(request, frame)
    current = Forecast.objects.filter(
        unit=unit, cost_type=cost_type, year=frame.year, made_in_month=month
    ).first()
    initial = {
        "amount_tkr": current.amount / 1000 if current else None,
        "comment": current.comment if current else "",
        "version": current.version if current else 0,
    }
    form = ForecastForm(request.POST or None, initial=initial)
    done = submit(
        request,
        form,
        lambda data: forecast_services.save_forecast(
            request.user,
            unit,
            cost_type,
            year=frame.year,
            made_in_month=month,
            amount=data["amount_tkr"] * Decimal(1000),
            comment=data["comment"],
            expected_version=data["version"],
        ),
    )
    back = f"{reverse('economy:variance', args=[frame.pk])}?manad={month}"
    if done.saved:
        messages.success(
            request,
            _("The forecast for %(unit)s, %(cost_type)s was saved.")
            % {"unit": unit, "cost_type": cost_type},
        )
        return redirect(back)
    return render(
        request,
        "economy/forecast_form.html",
        {
            "form": form,
            "frame": frame,
            "unit": unit,
            "cost_type": cost_type,
            "month_name": str(MONTHS[month]).lower(),
            "current": current,
            "current_amount": shown(current.amount) if current else None,
            "back": back,
            "conflict": done.conflict,
        },
    )
