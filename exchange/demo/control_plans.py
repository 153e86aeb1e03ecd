"""Load the internal control plans of demo_data/control_plans/ as the seeds give them.

The source is kept as it is, errors included (a stated score that does not follow from
the matrix, a missing treatment): the plan's checks flag them, as they would for any plan
loaded from a region's spreadsheet.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.conf import settings

from exchange.demo.files import each_yaml, read_yaml
from exchange.demo.organisation import LoadReport
from followup.models import Period
from followup.services.periods import make_year
from internal_control.models import (
    Action,
    ActionRisk,
    ActionUpdate,
    Axis,
    ControlPlan,
    FollowUp,
    Risk,
    RiskAssignment,
    RiskGoal,
    RiskMatrix,
)
from internal_control.services.categories import check_category
from internal_control.services.categories import load_preset as load_category_preset
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import adopt_plan, create_plan, publish_plan
from internal_control.services.risks import assess_risk
from organisation.access import SYSTEM
from organisation.models import Unit, User
from planning.decision_dates import read_decision_date
from planning.models import Assignment, Goal, GoalLevel

PRESETS = Path(settings.BASE_DIR) / "internal_control" / "presets"
TREATMENTS = {"accept": "accept", "reduce": "reduce", "eliminate": "eliminate", None: ""}


def load_control_plans(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_control_plan(data, report)


def _matrix(region: Unit, key: str, report: LoadReport) -> RiskMatrix:
    spec = read_yaml(PRESETS / f"matrix-{key}.yaml")
    matrix = RiskMatrix.objects.filter(unit=region, name=spec["name"]).order_by("edition").first()
    if matrix is None:
        matrix = create_matrix(region, spec, actor=SYSTEM)
        report.count("risk matrices")
    return matrix


def _level(matrix: RiskMatrix, axis: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value
    for level in matrix.levels.all():
        if level.axis == axis and level.label.lower() == str(value).strip().lower():
            return level.value
    raise ValueError(f"{value!r} is not a {axis} level of {matrix}")


def load_control_plan(data: dict[str, Any], report: LoadReport) -> ControlPlan | None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    if ControlPlan.objects.filter(unit=unit, year=data["year"]).exists():
        return None
    matrix = _matrix(region, data["matrix"], report)
    if key := data.get("categories"):
        # The organisation's risk categories, as the plan's source lists them.
        for _category in load_category_preset(SYSTEM, region, key):
            report.count("risk categories")
    plan = create_plan(
        SYSTEM,
        unit,
        year=data["year"],
        title=data["title"],
        matrix=matrix,
        case_number=data.get("case_number") or "",
    )
    report.count("internal control plans")
    if not Period.objects.filter(unit=region, year=data["year"]).exists():
        # The plan's year has its reporting calendar, so its risks are read beside the goals.
        make_year(SYSTEM, region, data["year"])
        report.count("reporting years")
    goals: dict[str, Goal] = {}
    # Each assignment's risks as the plan prints them: (number, actions printed there or None).
    listed: list[tuple[Assignment, list[tuple[int, list[int] | None]]]] = []
    for g_order, area in enumerate(data.get("goal_areas", []), start=1):
        goal = Goal.objects.filter(
            unit=unit, level=GoalLevel.GOAL_AREA, title=area["title"]
        ).first()
        if goal is None:
            goal = Goal.objects.create(
                unit=unit,
                level=GoalLevel.GOAL_AREA,
                title=area["title"],
                order=g_order,
                first_year=data["year"],
                last_year=data["year"],
            )
        goals[str(area["key"])] = goal
        for a_order, item in enumerate(area.get("assignments", []), start=1):
            assignment = Assignment.objects.filter(unit=unit, goal=goal, text=item["text"]).first()
            if assignment is None:
                assignment = Assignment.objects.create(
                    unit=unit, goal=goal, text=item["text"], order=a_order, year=data["year"]
                )
            listed.append((assignment, [_listed_risk(entry) for entry in item.get("risks", [])]))
    # The demo's people who hold a responsible role the plan names, e.g. HR-dir.
    owners = {
        role: User.objects.get(username=username)
        for role, username in (data.get("owners") or {}).items()
    }
    actions: dict[int, Action] = {}
    comment_date = datetime.date(data["year"], 1, 1)
    followup = None
    if spec := data.get("followup"):
        followup = FollowUp.objects.create(plan=plan, name=spec["name"], due_on=spec["due_on"])
        comment_date = spec["due_on"]
    for item in data.get("actions", []):
        action = Action.objects.create(
            unit=unit,
            plan=plan,
            number=item["number"],
            title=item["title"],
            owner=owners.get(item.get("owner_title") or ""),
            owner_title=item.get("owner_title") or "",
        )
        if item.get("comment"):
            ActionUpdate.objects.create(
                action=action,
                reported_on=comment_date,
                status=action.status,
                comment=item["comment"],
                followup=followup,
            )
        actions[item["number"]] = action
    assessed_on = datetime.date(data["year"], 1, 1)
    risks: dict[int, Risk] = {}
    goal_places: dict[str, int] = {}
    for item in data["risks"]:
        check_category(region.pk, item.get("requirement_type") or "")
        risk = Risk.objects.create(
            plan=plan,
            number=item["number"],
            title=item["title"],
            consequence=item.get("consequence") or "",
            cause=item.get("cause") or "",
            requirement_type=item.get("requirement_type") or "",
            priority=item.get("priority"),
            treatment=TREATMENTS[item.get("treatment")],
            owner=owners.get(item.get("owner_title") or ""),
            owner_title=item.get("owner_title") or "",
            stated_score=item.get("stated_score"),
            stated_class=item.get("stated_class") or "",
        )
        risks[risk.number] = risk
        for key in item.get("goal_areas", []):
            place = goal_places[str(key)] = goal_places.get(str(key), -1) + 1
            RiskGoal.objects.create(risk=risk, goal=goals[str(key)], order=place)
        # Actions against the risk wherever it is printed.
        for order, number in enumerate(item.get("actions", [])):
            ActionRisk.objects.create(action=actions[number], risk=risk, order=order)
        probability = _level(matrix, Axis.PROBABILITY, item.get("probability"))
        severity = _level(matrix, Axis.SEVERITY, item.get("severity"))
        if probability is not None and severity is not None:
            assess_risk(
                SYSTEM,
                risk,
                probability=probability,
                severity=severity,
                assessed_on=assessed_on,
                reason="Enligt planen.",
                enforce_actions=False,
            )
        report.count("risks")
    for assignment, entries in listed:
        for order, (number, under) in enumerate(entries):
            risk = risks[number]
            RiskAssignment.objects.create(risk=risk, assignment=assignment, order=order)
            # Actions printed under the risk only here, after those it has everywhere.
            first = risk.action_links.filter(assignment__isnull=True).count()
            for place, action_number in enumerate(under or [], start=first):
                ActionRisk.objects.create(
                    action=actions[action_number], risk=risk, assignment=assignment, order=place
                )
    if data.get("published"):
        publish_plan(SYSTEM, plan, published=True)
    if adoption := data.get("adoption"):
        date = read_decision_date(str(adoption["adopted_on"]))
        adopt_plan(
            SYSTEM,
            plan,
            adopted_on=date.first_day,
            adopted_on_precision=date.precision,
            body=adoption["body"],
            decision_reference=adoption.get("decision_reference") or "",
        )
        report.count("adoptions")
    return plan


def _listed_risk(entry: Any) -> tuple[int, list[int] | None]:
    """A risk under an assignment: its number, or its number with the actions printed there."""
    if isinstance(entry, dict):
        return int(entry["number"]), [int(n) for n in entry.get("actions", [])]
    return int(entry), None
