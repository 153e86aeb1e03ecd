"""An indicator's page: its target, its time series as a chart and as a table."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from followup.access import outcome_policy
from followup.indicator_chart import indicator_chart
from followup.models import ComparisonValue, Outcome
from followup.trend import full_year_forecast, gender_gap
from organisation.access import get_visible_or_404
from planning.access import indicator_policy
from planning.models import Indicator


@login_required
def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_visible_or_404(
        request.user,
        indicator_policy,
        Indicator.objects.select_related("unit", "goal", "owner"),
        pk,
    )
    outcomes = list(
        Outcome.objects.filter(indicator=indicator, unit=indicator.unit)
        .select_related("period")
        .order_by("period__ends_on", "period__kind")
    )
    chart = indicator_chart(indicator, outcomes)
    rows = [
        {
            "outcome": o,
            "gap": gender_gap(o.women, o.men),
            "forecast": full_year_forecast(
                o.total,
                (o.period.ends_on.month - o.period.starts_on.month + 1)
                if o.period.starts_on.month == 1
                else 0,
                accumulates=indicator.is_count,
            ),
        }
        for o in outcomes
    ]
    return render(
        request,
        "followup/indicator_detail.html",
        {
            "indicator": indicator,
            "outcomes": outcomes,
            "rows": rows,
            "chart": mark_safe(chart),  # noqa: S308 (built by line_chart, which escapes all text)
            "year_targets": indicator.year_targets.order_by("year"),
            "comparisons": ComparisonValue.objects.filter(indicator=indicator)
            .select_related("period")
            .order_by("period__ends_on", "period__kind", "kind"),
            "can_view_history": indicator_policy.can_view_history(request.user, indicator),
            "can_change": indicator_policy.can_change(request.user, indicator),
            "can_judge": outcome_policy.can_change(request.user, outcomes[0])
            if outcomes
            else False,
        },
    )
