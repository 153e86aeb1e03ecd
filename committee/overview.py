"""The committee's overview for those who read: what a member wants before a meeting, on one
page that reads on a phone. Built from the scorecard, the plan's highest risks, the economy's
balance and the calendar; each part links to where it is read in full."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from committee.models import Meeting
from committee.year_events import items_with_what_they_present
from economy.balance import BalanceReport, balance_report
from followup.models import Period
from followup.scorecard import build_scorecard, fulfilment_counts
from internal_control.access import plan_policy
from internal_control.action_goals import goals_served_by_actions
from internal_control.highest_risks import HighRisk, highest_risks
from internal_control.models import ControlPlan
from organisation.models import Unit
from planning.goal_verdict import GoalVerdict


@dataclass
class GoalLine:
    title: str
    counts: dict[str, int]
    verdict: GoalVerdict


@dataclass
class Overview:
    unit: Unit
    period: Period | None
    year: int
    counts: dict[str, int] = field(default_factory=dict)  # of the measures
    goal_counts: dict[str, int] = field(default_factory=dict)  # of the goals, by verdict
    goals: list[GoalLine] = field(default_factory=list)
    risks: list[HighRisk] = field(default_factory=list)
    balance: BalanceReport | None = None
    next_meeting: Meeting | None = None
    plan: ControlPlan | None = None


def _goals(card: list[dict[str, Any]]) -> list[GoalLine]:
    lines = []
    for perspective in card:
        for goal in perspective["goals"]:
            if not goal["rows"] or goal["goal"] is None:
                continue
            lines.append(
                GoalLine(
                    goal["goal"].title, fulfilment_counts([{"goals": [goal]}]), goal["verdict"]
                )
            )
    return lines


def build_overview(user: Any, unit: Unit, period: Period | None, today: datetime.date) -> Overview:
    year = period.year if period is not None else today.year
    overview = Overview(unit, period, year)
    if period is not None:
        card = build_scorecard(unit, period, goals_served_by_actions(unit))
        overview.counts = fulfilment_counts(card)
        overview.goals = _goals(card)
        overview.goal_counts = {
            status: sum(1 for line in overview.goals if line.verdict.status == status)
            for status in ("met", "partly_met", "not_met", "not_assessable")
        }
        overview.risks = highest_risks(user, unit, period.year)
    report = balance_report(unit, year, today=today)
    if report.gap.has_detailed or report.measures:
        overview.balance = report
    overview.next_meeting = (
        Meeting.objects.filter(unit=unit, date__gte=today)
        .prefetch_related(items_with_what_they_present())
        .order_by("date")
        .first()
    )
    overview.plan = plan_policy.scope(
        user, ControlPlan.objects.filter(unit=unit, year=year)
    ).first()
    return overview
