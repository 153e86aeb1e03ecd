"""The scorecard of a unit for a period, as the committee reads it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chapters.services import chapter_count
from followup.access import period_policy
from followup.chapter_documents import PERIOD_REPORT, report_owner
from followup.models import Period
from followup.scorecard import build_scorecard, fulfilment_counts
from followup.scorecard_analyses import mark_writable
from followup.services.goal_judgements import may_judge_goals
from internal_control.action_goals import goals_served_by_actions
from internal_control.highest_risks import highest_risks
from organisation.access import grants_of, unit_policy
from organisation.models import Unit


@login_required
def scorecard(request: HttpRequest) -> HttpResponse:
    periods = list(
        period_policy.scope(request.user, Period.objects.all()).order_by("-ends_on", "kind")
    )
    units = list(unit_policy.scope(request.user, Unit.objects.open()).order_by("path"))
    # Units above the person's own are shown as context in the tree, not readable here.
    units = [u for u in units if grants_of(request.user).has_any(u)]
    period = next((p for p in periods if str(p.pk) == request.GET.get("period")), None)
    if period is None:
        period = next((p for p in periods if p.kind == "tertial" and p.status != "planned"), None)
    if period is None:
        # Nothing reported yet: the year's first tertial, to see what will be followed up.
        period = next((p for p in reversed(periods) if p.kind == "tertial"), None)
    unit = next((u for u in units if str(u.pk) == request.GET.get("enhet")), None) or (
        units[0] if units else None
    )
    card = build_scorecard(unit, period, goals_served_by_actions(unit)) if unit and period else []
    if unit and period:
        mark_writable(request.user, unit, period, card)
    return render(
        request,
        "followup/scorecard.html",
        {
            "periods": periods,
            "units": units,
            "period": period,
            "unit": unit,
            "card": card,
            "counts": fulfilment_counts(card),
            "can_judge_goals": bool(unit and period and may_judge_goals(request.user, unit)),
            "high_risks": highest_risks(request.user, unit, period.year) if unit and period else [],
            "chapter_count": _chapter_count(unit, period),
        },
    )


def _chapter_count(unit: Unit | None, period: Period | None) -> int:
    if unit is None or period is None:
        return 0
    return chapter_count(PERIOD_REPORT, report_owner(unit, period))
