"""Indicators and an open tertial in the test world."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from followup.models import Period, PeriodKind, PeriodStatus
from planning.models import Frequency, Goal, GoalLevel, Indicator
from tests.conftest import World


@dataclass
class FollowupWorld:
    period: Period
    last_year: Period
    indicators: list[Indicator]


@pytest.fixture
def followup_world(world: World) -> FollowupWorld:
    return make_followup_world(world)


def make_followup_world(world: World) -> FollowupWorld:
    goal = Goal.objects.create(
        unit=world.committee, level=GoalLevel.COMMITTEE, title="God och nära vård"
    )
    period = Period.objects.create(
        unit=world.region,
        year=2022,
        kind=PeriodKind.TERTIAL,
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2022, 1, 1),
        ends_on=datetime.date(2022, 4, 30),
        status=PeriodStatus.OPEN,
    )
    last_year = Period.objects.create(
        unit=world.region,
        year=2021,
        kind=PeriodKind.TERTIAL,
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2021, 1, 1),
        ends_on=datetime.date(2021, 4, 30),
        status=PeriodStatus.CLOSED,
    )
    indicators = [
        Indicator.objects.create(
            unit=world.committee,
            goal=goal,
            code="1",
            name="Andel patienter som fått frågan om våld",
            measure_unit="%",
            frequency=Frequency.TERTIAL,
            report_periods="DÅ04, DÅ08, ÅR",
            target_text="Minst 70 %",
            target_rule={"kind": "at_least", "value": 70},
            order=1,
        ),
        Indicator.objects.create(
            unit=world.committee,
            goal=goal,
            code="2",
            name="Antal suicidriskbedömningar",
            frequency=Frequency.TERTIAL,
            is_count=True,
            target_text="Öka",
            order=2,
            owner=world.owner,
        ),
        Indicator.objects.create(
            unit=world.committee,
            goal=goal,
            code="3",
            name="Sjukfrånvaro",
            measure_unit="%",
            frequency=Frequency.YEAR,
            target_text="Högst 5 %",
            order=3,
        ),
    ]
    return FollowupWorld(period, last_year, indicators)
