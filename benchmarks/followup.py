"""Figures for follow-up: the scorecard of a large region, and a 2,000-value paste."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from benchmarks import generated, timed
from followup.models import Outcome, Period, PeriodStatus
from followup.scorecard import build_scorecard
from followup.services.outcomes import OutcomeRow, record_outcomes
from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.units import create_region
from planning.models import Frequency, Indicator

INDICATORS = 2000
YEARS = (2023, 2024, 2025)


def _region() -> tuple[Unit, Unit, User, list[Indicator], list[Period]]:
    region = create_region("Uppföljningsregionen", actor=SYSTEM)
    unit = Unit(parent=region, name="Division", kind=UnitKind.DIVISION)
    unit.save()
    controller = User.objects.create(username="bench.controller", region=region)
    RoleAssignment.objects.create(user=controller, unit=unit, role=Role.CONTROLLER)
    indicators = generated.measures(unit, INDICATORS, frequency=Frequency.MONTH)
    periods = generated.closed_months(region, YEARS)
    generated.outcomes(indicators, periods, unit, seed=4)
    return region, unit, controller, indicators, periods


def run(emit: Callable[..., None]) -> None:
    seconds, (region, unit, controller, indicators, periods) = timed(_region)
    emit(
        "followup.build_region",
        seconds,
        indicators=INDICATORS,
        periods=len(periods),
        outcomes=Outcome.objects.count(),
    )
    last = periods[-1]
    seconds, card = timed(lambda: build_scorecard(unit, last))
    rows = sum(len(g["rows"]) for p in card for g in p["goals"])
    emit("followup.scorecard", seconds, measures=rows, period=str(last))

    new_period = Period.objects.create(
        unit=region,
        year=2026,
        kind="month",
        number=1,
        name="januari",
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 1, 31),
        status=PeriodStatus.OPEN,
    )
    paste = [OutcomeRow(indicator=i, total="1 234,5", women="600", men="634,5") for i in indicators]
    seconds, saved = timed(lambda: record_outcomes(controller, new_period, unit, paste))
    emit("followup.paste_2000_values", seconds, rows=len(saved))
