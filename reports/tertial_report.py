"""The tertial report (delårsrapport) of a unit for a period, as data for its documents.

Per perspective: its analysis, the scorecard rows (with the success factors that only actions
serve) and the goals' analyses, each measure's time series for its chart and table with its
breakdown to the units within the unit, the comments and the analysis of the period, and the
actions serving the perspective's goals with their latest status; the risks in the most
serious class; and the economy: the budget gap against the measures' planned and realised
effects. A fixed number of queries whatever the number of measures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from chapters.services import chapters_data
from followup.chapter_documents import PERIOD_REPORT, report_owner
from followup.indicator_chart import indicator_chart
from followup.models import Outcome, Period
from followup.scorecard import build_scorecard, fulfilment_counts
from internal_control.action_goals import goals_served_by_actions
from internal_control.highest_risks import highest_risks
from internal_control.models import Action, ActionUpdate
from organisation.access import SYSTEM
from organisation.models import Unit
from reports.balance_section import balance_section


@dataclass
class MeasureSeries:
    indicator: Any
    outcomes: list[Outcome]
    chart: str
    # The same periods for the units within the unit (seed 004: falls per VO).
    breakdown: list[Outcome] = field(default_factory=list)
    # The written analysis of the measure in the period (followup.models.Analysis).
    analysis: Any = None


@dataclass
class PerspectiveReport:
    perspective: Any
    goals: list[dict[str, Any]]
    series: list[MeasureSeries] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    analysis: Any = None  # of the perspective


def tertial_report(unit: Unit, period: Period, with_charts: bool = True) -> dict[str, Any]:
    card = build_scorecard(unit, period, goals_served_by_actions(unit))
    indicators = [row.indicator for p in card for g in p["goals"] for row in g["rows"]]
    history: dict[int, list[Outcome]] = {}
    breakdown: dict[int, list[Outcome]] = {}
    for outcome in (
        Outcome.objects.filter(
            indicator__in=indicators,
            unit__path__startswith=unit.path,
            period__unit=period.unit,
            period__kind=period.kind,
            period__ends_on__lte=period.ends_on,
        )
        .select_related("period", "unit")
        .order_by("unit__path", "period__ends_on")
    ):
        into = history if outcome.unit_id == unit.pk else breakdown
        into.setdefault(outcome.indicator_id, []).append(outcome)
    actions = list(
        Action.objects.filter(unit=unit, plan__isnull=True)
        .prefetch_related(
            "goal_links__goal",
            Prefetch("updates", queryset=ActionUpdate.objects.order_by("reported_on", "pk")),
        )
        .order_by("number")
    )
    perspectives = []
    for entry in card:
        perspective = entry["perspective"]
        report = PerspectiveReport(perspective, entry["goals"], analysis=entry.get("analysis"))
        for goal in entry["goals"]:
            for row in goal["rows"]:
                outcomes = history.get(row.indicator.pk, [])
                parts = breakdown.get(row.indicator.pk, [])
                valued = any(o.total is not None or o.women is not None for o in outcomes)
                if parts or valued or row.analysis:
                    # A chart of one point says nothing the table does not.
                    drawable = with_charts and len(outcomes) > 1
                    chart = indicator_chart(row.indicator, outcomes) if drawable else ""
                    report.series.append(
                        MeasureSeries(row.indicator, outcomes, chart, parts, row.analysis)
                    )
        perspectives.append(report)
    by_perspective = {p.perspective.pk if p.perspective else None: p for p in perspectives}
    for action in actions:
        goals = [link.goal for link in action.goal_links.all()]
        key = goals[0].perspective_id if goals else None
        target = by_perspective.get(key)
        if target is None:
            continue
        updates = list(action.updates.all())
        target.actions.append(
            {
                "action": action,
                "goals": goals,
                "latest": updates[-1] if updates else None,
            }
        )
    return {
        "unit": unit,
        "period": period,
        "chapters": chapters_data(PERIOD_REPORT, report_owner(unit, period)),
        "perspectives": perspectives,
        "counts": fulfilment_counts(card),
        # The document's reader was checked for the unit; its risks are read as the system.
        "high_risks": highest_risks(SYSTEM, unit, period.year),
        # Will the measures for a balanced economy close the budget gap?
        "balance": balance_section(unit, period, with_chart=with_charts),
        "measure_count": len(indicators),
    }
