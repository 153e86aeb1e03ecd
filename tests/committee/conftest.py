"""The committee's 2023 year as seed 002 writes part of it: two meetings with their items,
a follow-up deadline of its internal control plan and the plan's adoption."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from committee.models import Meeting, MeetingItem
from internal_control.models import FollowUp, PlanAdoption
from internal_control.services.plans import adopt_plan
from tests.conftest import World
from tests.duties.conftest import DutyWorld, make_duty_world


@dataclass
class YearWorld:
    duty: DutyWorld
    january: Meeting
    february: Meeting
    adoption: PlanAdoption
    followup: FollowUp


def make_year_world(world: World) -> YearWorld:
    dw = make_duty_world(world)
    january = Meeting.objects.create(unit=world.committee, date=datetime.date(2025, 1, 18))
    MeetingItem.objects.create(
        meeting=january,
        kind="Förtroendemannautbildning",
        topic="Patientsäkerhet inkl. allmänt om Patientnämndens roll",
        presenter="Verksamhetschef",
        order=1,
    )
    february = Meeting.objects.create(
        unit=world.committee, date=datetime.date(2025, 2, 22), end_date=datetime.date(2025, 2, 23)
    )
    MeetingItem.objects.create(
        meeting=february,
        kind="Återkommande ärenden",
        topic="Årsbokslut",
        presenter="Ekonomidirektör",
        order=1,
    )
    MeetingItem.objects.create(
        meeting=february,
        kind="Uppföljning och fördjupning",
        topic="Plan internkontroll",
        presenter="Regionstabschef",
        order=2,
    )
    adoption = adopt_plan(
        world.admin,
        dw.control.plan,
        adopted_on=datetime.date(2024, 12, 12),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 212",
    )
    return YearWorld(dw, january, february, adoption, dw.followup)


@pytest.fixture
def year_world(world: World) -> YearWorld:
    return make_year_world(world)
