"""Ekonomi i balans: the consolidated page of a unit, optionally of one programme."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Max, Min, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from audit.params import id_param, int_param, year_param
from economy.access import can_read_balance
from economy.balance import balance_report
from economy.balance_chart import balance_chart
from economy.models import BudgetFrame, Measure, Programme
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


def balance_years(unit: Unit) -> list[int]:
    """The years of the unit's measures and budget frames, in two queries."""
    span = Measure.objects.filter(unit__path__startswith=unit.path).aggregate(
        first=Min("first_year"), last=Max("last_year")
    )
    years = set()
    if span["first"] is not None:
        years |= set(range(span["first"], min(span["last"], span["first"] + 20) + 1))
    years |= set(
        BudgetFrame.objects.filter(
            Q(unit__path__startswith=unit.path) | Q(amounts__unit__path__startswith=unit.path)
        ).values_list("year", flat=True)
    )
    return sorted(years)


def default_year(years: list[int], this_year: int) -> int:
    if not years or this_year in years:
        return this_year
    past = [y for y in years if y < this_year]
    return past[-1] if past else years[0]


@login_required
def balance(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not can_read_balance(request.user, unit):
        raise Http404  # a unit above one's own is context, not readable figures
    today = timezone.localdate()
    years = balance_years(unit)
    year = year_param(request.GET.get("ar")) or default_year(years, today.year)
    if year not in years:
        years = sorted({*years, year})
    programmes = list(
        Programme.objects.filter(
            Q(unit__path__startswith=unit.path) | Q(unit_id__in=unit.ancestor_ids)
        ).order_by("unit__path", "order", "pk")
    )
    chosen = None
    if (programme_id := id_param(request.GET.get("program"))) is not None:
        chosen = next((p for p in programmes if p.pk == programme_id), None)
    through = int_param(request.GET.get("till"), low=0, high=12) if "till" in request.GET else None
    report = balance_report(unit, year, programme=chosen, through_month=through, today=today)
    return render(
        request,
        "economy/balance.html",
        {
            "report": report,
            "unit": unit,
            "years": years,
            "programmes": programmes,
            "chart": balance_chart(report),
        },
    )
