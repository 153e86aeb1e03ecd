"""Load the scorecards of demo_data/followup/: perspectives, goals, measures, outcomes, actions.

A scorecard file describes one unit's report for one period, with the goals above it that
it contributes to: the region's strategic goals and the board's success factors. Outcomes
go through the same row validation as the grid, as figures stated by the report: what is
not a number is refused, but figures that contradict each other are kept as printed, with
what other places of the report give for the same outcome, and are flagged where shown.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from followup.models import Outcome, Period, PeriodStatus
from followup.services.outcomes import OutcomeRow, validate_row
from followup.services.periods import make_year
from internal_control.models import Action, ActionGoal, ActionUpdate
from organisation.access import SYSTEM
from organisation.models import Unit
from planning.models import Frequency, Goal, GoalLevel, Indicator, Perspective, PerspectiveKind
from planning.targets import parse_target

TERTIALS = {"DÅ04": 1, "DÅ08": 2, "ÅR": 3}


def load_scorecards(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_scorecard(data, report)


def _unit(region: Unit, name: str) -> Unit:
    return Unit.objects.get(path__startswith=region.path, name=name)


def _period(region: Unit, year: int, name: str, report: LoadReport) -> Period:
    if not Period.objects.filter(unit=region, year=year).exists():
        make_year(SYSTEM, region, year)
        report.count("reporting years")
    return Period.objects.get(unit=region, year=year, kind="tertial", number=TERTIALS[name])


def load_scorecard(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = _unit(region, data["unit"])
    if Indicator.objects.filter(unit=unit).exists():
        return
    goal_unit = _unit(region, data["goals_set_by"])
    factor_unit = _unit(region, data["success_factors_set_by"])
    factors: dict[str, Goal] = {}
    strategic: dict[str, Goal] = {}
    perspectives: dict[str, Perspective] = {}
    for p_order, p_data in enumerate(data["perspectives"], start=1):
        perspective, made = Perspective.objects.get_or_create(
            unit=goal_unit,
            kind=PerspectiveKind.PERSPECTIVE,
            name=p_data["name"],
            defaults={"description": p_data.get("description", ""), "order": p_order},
        )
        report.count("perspectives") if made else None
        perspectives[perspective.name] = perspective
        for g_order, g_data in enumerate(p_data.get("strategic_goals", []), start=1):
            goal = _goal(goal_unit, perspective, None, GoalLevel.STRATEGIC, g_data, g_order, report)
            strategic[goal.title] = goal
            for f_order, f_data in enumerate(g_data["success_factors"], start=1):
                factor = _goal(
                    factor_unit,
                    perspective,
                    goal,
                    GoalLevel.SUCCESS_FACTOR,
                    f_data,
                    f_order,
                    report,
                )
                factors[factor.title] = factor
                for m_order, m_data in enumerate(f_data["measures"], start=1):
                    _measure(region, unit, factor, m_data, m_order, report)
    for extra in data.get("extra_success_factors", []):
        parent = strategic[extra["goal"]]
        factors[extra["title"]] = _goal(
            factor_unit,
            perspectives[extra["perspective"]],
            parent,
            GoalLevel.SUCCESS_FACTOR,
            extra,
            100 + len(factors),
            report,
        )
    period = _period(region, data["period"]["year"], data["period"]["name"], report)
    for a_data in data.get("actions", []):
        _action(unit, factors[a_data["goal"]], a_data, period, report)
    # A report of a past year: its periods are closed for reporting.
    Period.objects.filter(unit=region, year__lt=datetime.date.today().year).exclude(
        status=PeriodStatus.CLOSED
    ).update(status=PeriodStatus.CLOSED)


def _goal(
    unit: Unit,
    perspective: Perspective,
    parent: Goal | None,
    level: str,
    data: dict[str, Any],
    order: int,
    report: LoadReport,
) -> Goal:
    goal = Goal.objects.filter(unit=unit, level=level, title=data["title"]).first()
    if goal is None:
        goal = Goal.objects.create(
            unit=unit,
            perspective=perspective,
            parent=parent,
            level=level,
            title=data["title"],
            order=order,
        )
        report.count("goals")
    return goal


def _measure(
    region: Unit, unit: Unit, factor: Goal, data: dict[str, Any], order: int, report: LoadReport
) -> None:
    target = data["target"]
    indicator = Indicator.objects.create(
        unit=unit,
        goal=factor,
        name=data["name"],
        description=data.get("description", ""),
        measure_unit=data.get("measure_unit", ""),
        signed=data.get("signed", False),
        direction=data.get("direction", "higher"),
        frequency=Frequency(data.get("frequency", Frequency.TERTIAL) or ""),
        report_periods=data.get("report_periods", "DÅ04, DÅ08, ÅR"),
        sex_split=data.get("sex_split", True),
        is_count=data.get("is_count", False),
        target_text=target,
        target_rule=parse_target(target).as_dict(),
        order=order,
    )
    report.count("indicators")
    for o_data in data.get("outcomes", []):
        period = _period(region, o_data["year"], o_data["period"], report)
        where = _unit(region, o_data["unit"]) if "unit" in o_data else unit
        row = OutcomeRow(
            indicator=indicator,
            total=_text(o_data.get("total")),
            women=_text(o_data.get("women")),
            men=_text(o_data.get("men")),
            comment=o_data.get("comment", ""),
            source=o_data.get("source", ""),
        )
        values, errors = validate_row(row, as_stated=True)
        if errors:
            raise ValueError(f"{indicator.name} {period}: {errors}")
        elsewhere = [
            {"place": s["place"]} | {k: _text(s.get(k)) or None for k in ("total", "women", "men")}
            for s in o_data.get("stated_elsewhere", [])
        ]
        Outcome.objects.create(
            indicator=indicator, period=period, unit=where, stated_elsewhere=elsewhere, **values
        )
        report.count("outcomes")
    if judgement := data.get("judgement"):
        period = _period(region, *_report_period(data), report)
        Outcome.objects.filter(indicator=indicator, period=period, unit=unit).update(
            manual_fulfilment=judgement["status"], manual_reason=judgement["reason"]
        )


def _report_period(data: dict[str, Any]) -> tuple[int, str]:
    first = data["outcomes"][0]
    return first["year"], first["period"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(Decimal(str(value))).replace(".", ",")


def _action(
    unit: Unit, goal: Goal, data: dict[str, Any], period: Period, report: LoadReport
) -> None:
    # An action the report gives no status for has none: it is not reported.
    status = data.get("status") or ""
    action = Action.objects.create(
        unit=unit, number=data["number"], title=data["title"], status=status
    )
    ActionGoal.objects.create(action=action, goal=goal)
    if data.get("comment"):
        ActionUpdate.objects.create(
            action=action, reported_on=period.ends_on, status=status, comment=data["comment"]
        )
    report.count("actions")
