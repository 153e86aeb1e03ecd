"""Load the operational plans of demo_data/planning/: strategies, goals, assignments, measures.

The region's council sets the strategies and overarching goals for the plan period; it gives
assignments to the committee; the committee's own goals carry out an assignment and are
measured by an indicator whose target is read as a rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from followup.models import Period
from followup.services.periods import make_year
from organisation.access import SYSTEM
from organisation.models import Unit
from planning.models import (
    Assignment,
    Frequency,
    Goal,
    GoalLevel,
    Indicator,
    Perspective,
    PerspectiveKind,
)
from planning.targets import parse_target

# Regionplan och budget 2023-2025: the council's goals hold for the plan's three years.
PLAN_YEARS = 3


def load_operational_plans(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_operational_plan(data, report)


def load_operational_plan(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    council = Unit.objects.get(path__startswith=region.path, name=data["set_by"])
    year = data["year"]
    if Goal.objects.filter(unit=unit, level=GoalLevel.COMMITTEE, first_year=year).exists():
        return
    if not Period.objects.filter(unit=region, year=year).exists():
        # The plan's year has its reporting calendar, so that the plan can be followed up.
        make_year(SYSTEM, region, year)
        report.count("reporting years")
    for s_order, s_data in enumerate(data["strategies"], start=1):
        strategy, made = Perspective.objects.get_or_create(
            unit=council,
            kind=PerspectiveKind.STRATEGY,
            name=s_data["name"],
            defaults={"order": s_order},
        )
        if made:
            report.count("strategies")
        for g_order, g_data in enumerate(s_data["goals"], start=1):
            goal = Goal.objects.filter(
                unit=council, level=GoalLevel.OVERARCHING, title=g_data["title"]
            ).first()
            if goal is None:
                goal = Goal.objects.create(
                    unit=council,
                    perspective=strategy,
                    level=GoalLevel.OVERARCHING,
                    title=g_data["title"],
                    order=s_order * 100 + g_order,
                    first_year=year,
                    last_year=year + PLAN_YEARS - 1,
                )
                report.count("goals")
            for a_order, a_data in enumerate(g_data["assignments"], start=1):
                assignment = Assignment.objects.create(
                    unit=unit,
                    goal=goal,
                    year=year,
                    text=a_data["text"],
                    given_to=a_data.get("given_to", ""),
                    order=a_order,
                )
                report.count("assignments")
                for c_order, c_data in enumerate(a_data["committee_goals"], start=1):
                    _committee_goal(unit, goal, assignment, c_data, year, c_order, report)


def _committee_goal(
    unit: Unit,
    parent: Goal,
    assignment: Assignment,
    data: dict[str, Any],
    year: int,
    order: int,
    report: LoadReport,
) -> None:
    goal = Goal.objects.create(
        unit=unit,
        perspective=parent.perspective,
        parent=parent,
        assignment=assignment,
        level=GoalLevel.COMMITTEE,
        title=data["title"],
        description=data.get("description", ""),
        first_year=year,
        last_year=year,
        order=assignment.order * 100 + order,
    )
    report.count("goals")
    indicator = _indicator(unit, goal, None, data, order)
    for p_order, part in enumerate(data.get("parts", []), start=1):
        _indicator(unit, goal, indicator, part | {"frequency": data.get("frequency", "")}, p_order)
    report.count("indicators")


def _indicator(
    unit: Unit, goal: Goal, part_of: Indicator | None, data: dict[str, Any], order: int
) -> Indicator:
    rule = parse_target(data["target"]).as_dict()
    if rule["kind"] == "k_of_n" and "n" not in rule and data.get("parts"):
        rule["n"] = len(data["parts"])
    level = data.get("follow_up_level", "")
    baseline = data.get("baseline", "")
    return Indicator.objects.create(
        unit=unit,
        goal=goal,
        part_of=part_of,
        name=data.get("name") or data["title"],
        description="\n\n".join(t for t in (data.get("description", ""), baseline) if t),
        measure_unit=data.get("measure_unit") or ("%" if "%" in data["target"] else ""),
        signed=data.get("signed", False),
        direction=data.get("direction", "higher"),
        # Where the plan states no frequency, none is assumed.
        frequency=Frequency(data.get("frequency") or ""),
        level=level,
        sex_split=True,
        target_text=data["target"],
        target_rule=rule,
        order=order,
    )
