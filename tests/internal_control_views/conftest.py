"""A small internal control plan in the test world: the HSN matrix, three risks, actions."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from internal_control.models import ControlPlan, Risk, RiskMatrix
from internal_control.services.actions import create_action
from internal_control.services.controls import create_control
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import add_followup, create_plan
from internal_control.services.risks import assess_risk, set_assignments
from planning.models import Assignment, Goal, GoalLevel
from tests.conftest import World

HSN_MATRIX: dict[str, Any] = {
    "name": "HSN riskmatris",
    "scoring": "product",
    "probability_name": "Sannolikhet",
    "severity_name": "Allvarlighetsgrad",
    "probability": [
        {"value": 1, "label": "Mycket liten"},
        {"value": 2, "label": "Liten"},
        {"value": 3, "label": "Stor"},
        {"value": 4, "label": "Mycket stor"},
    ],
    "severity": [
        {"value": 1, "label": "Försumbar"},
        {"value": 2, "label": "Måttlig"},
        {"value": 3, "label": "Betydande"},
        {"value": 4, "label": "Allvarlig"},
    ],
    "classes": [
        {"code": "R1", "response": "Ingen åtgärd för tillfället", "min_score": 1, "max_score": 3},
        {"code": "R2", "response": "Åtgärdas vid tillfälle", "min_score": 4, "max_score": 8},
        {
            "code": "R3",
            "response": "Åtgärdas snarast",
            "min_score": 9,
            "max_score": 11,
            "requires_action": True,
        },
        {
            "code": "R4",
            "response": "Åtgärdas omedelbart",
            "min_score": 12,
            "max_score": 16,
            "requires_action": True,
        },
    ],
}


@dataclass
class ControlWorld:
    matrix: RiskMatrix
    plan: ControlPlan
    goal: Goal
    assignments: list[Assignment]
    risks: list[Risk]


@pytest.fixture
def control_world(world: World) -> ControlWorld:
    return make_control_world(world)


def make_control_world(world: World) -> ControlWorld:
    matrix = create_matrix(world.region, HSN_MATRIX)
    goal = Goal.objects.create(
        unit=world.committee,
        level=GoalLevel.GOAL_AREA,
        title="Hälso- och sjukvård - God och nära vård i hela Jämtland Härjedalen",
    )
    assignments = [
        Assignment.objects.create(
            unit=world.committee, goal=goal, code="1", text="Tillhandahåll en säker vård."
        ),
        Assignment.objects.create(
            unit=world.committee, goal=goal, code="2", text="Korta väntetiderna."
        ),
    ]
    plan = create_plan(
        world.controller,
        world.committee,
        year=2025,
        title="Hälso- och sjukvårdsnämndens internkontrollplan 2025",
        matrix=matrix,
        case_number="HSN/1/2025",
    )
    risk1 = Risk.objects.create(
        plan=plan,
        number=1,
        title="Risk att vårdskador inte förebyggs",
        consequence="Vårdskador inträffar.",
        treatment="reduce",
        owner=world.owner,
    )
    risk2 = Risk.objects.create(
        plan=plan,
        number=2,
        title="Följsamhet till basala hygienregler ökar inte",
        treatment="reduce",
    )
    risk3 = Risk.objects.create(plan=plan, number=3, title="PKS-arbetet går långsamt")
    set_assignments(world.controller, risk1, assignments)  # shared by both assignments
    set_assignments(world.controller, risk2, assignments[:1])
    set_assignments(world.controller, risk3, assignments[1:])
    action = create_action(
        world.controller,
        plan,
        risks=[risk1, risk2],
        title="Förbättra förutsättningar för utbildningsinsatser",
        owner=world.owner,
        deadline=datetime.date(2099, 12, 31),
        status="in_progress",
    )
    assert action.number == 1
    today = datetime.date(2025, 1, 15)
    assess_risk(None, risk1, probability=3, severity=3, assessed_on=today)
    assess_risk(None, risk2, probability=4, severity=3, assessed_on=today)
    assess_risk(None, risk3, probability=2, severity=3, assessed_on=today)
    create_control(
        None,
        plan,
        what="Stickprov av journaler",
        method="Granskning",
        frequency="Två gånger per år",
        owner=world.owner,
        risk=risk1,
    )
    add_followup(None, plan, name="Uppföljning augusti", due_on=datetime.date(2025, 8, 31))
    return ControlWorld(matrix, plan, goal, assignments, [risk1, risk2, risk3])
