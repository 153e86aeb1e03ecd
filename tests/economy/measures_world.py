"""Measures for a balanced economy in the test world: cost types, a budget with a gap for
the committee's division, a programme, and two measures with calculations."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from economy.models import (
    BudgetAmount,
    BudgetFrame,
    BudgetKind,
    Calculation,
    CostType,
    CostTypeKind,
    Measure,
    Programme,
)
from economy.services.calculations import InputValues, create_calculation
from economy.services.measures import create_measure, create_programme
from followup.models import Outcome, Period, PeriodKind, PeriodStatus
from organisation.access import SYSTEM
from planning.models import Frequency, Indicator
from tests.conftest import World
from tests.internal_control_views.conftest import control_world

D = Decimal
YEAR = 2025


@dataclass
class MeasuresWorld:
    staff: CostType
    drugs: CostType
    frame: BudgetFrame
    programme: Programme
    hired_staff: Measure
    drug_doses: Measure
    staff_calculation: Calculation
    indicator: Indicator
    february: Period
    february_outcome: Outcome


@pytest.fixture
def measures_world(world: World) -> MeasuresWorld:
    return make_measures_world(world)


def make_measures_world(world: World) -> MeasuresWorld:
    # Where the test world already keeps a budget (the ledger's), the measures use it.
    staff, _made = CostType.objects.get_or_create(
        region=world.region,
        code="personal",
        defaults={"name": "Personalkostnader", "kind": CostTypeKind.COST, "order": 3},
    )
    drugs, _made = CostType.objects.get_or_create(
        region=world.region,
        code="lakemedel",
        defaults={"name": "Läkemedel", "kind": CostTypeKind.COST, "order": 4},
    )
    frame, _made = BudgetFrame.objects.get_or_create(
        unit=world.committee, year=YEAR, defaults={"total": D("-1000")}
    )
    # Frame −600 and −400 mkr; detailed −680 and −440: a gap of −120 mkr to cover.
    for cost_type, given, registered in ((staff, "-600", "-680"), (drugs, "-400", "-440")):
        BudgetAmount.objects.create(
            frame=frame,
            unit=world.division,
            cost_type=cost_type,
            kind=BudgetKind.FRAME,
            amount=D(given),
        )
        BudgetAmount.objects.create(
            frame=frame,
            unit=world.division,
            cost_type=cost_type,
            kind=BudgetKind.DETAILED,
            amount=D(registered),
        )
    programme = create_programme(SYSTEM, world.committee, name="Rätt storlek, rätt stöd")
    hired_staff = create_measure(
        SYSTEM,
        world.committee,
        title="Minskad hyrbemanning",
        programme=programme,
        owner=world.owner,
        first_year=YEAR,
        last_year=YEAR,
    )
    staff_calculation = create_calculation(
        SYSTEM,
        hired_staff,
        year=YEAR,
        cost_type=staff,
        formula="årsarbeten × kostnad_per_årsarbete",
        inputs=[
            InputValues("årsarbeten", "Färre inhyrda årsarbeten", D(12), "årsarbeten"),
            InputValues(
                "kostnad_per_årsarbete", "Kostnad per inhyrt årsarbete", D(1450), "tkr", D(1000)
            ),
        ],
    )
    drug_doses = create_measure(
        SYSTEM,
        world.committee,
        title="Fler doser per förpackning",
        first_year=YEAR,
        last_year=YEAR,
    )
    create_calculation(
        SYSTEM,
        drug_doses,
        year=YEAR,
        cost_type=drugs,
        formula="(kostnad_före − kostnad_efter) × doser",
        inputs=[
            InputValues("kostnad_före", "Kostnad per dos före", D("812.5"), "kr"),
            InputValues("kostnad_efter", "Kostnad per dos efter", D(650), "kr"),
            InputValues("doser", "Doser per år", D(4000), "doser"),
        ],
    )
    indicator = Indicator.objects.create(
        unit=world.committee,
        name="Inhyrda årsarbeten",
        measure_unit="årsarbeten",
        frequency=Frequency.MONTH,
        sex_split=False,
    )
    hired_staff.indicators.add(indicator)
    february = Period.objects.create(
        unit=world.region,
        year=YEAR,
        kind=PeriodKind.MONTH,
        number=2,
        name="februari",
        starts_on=datetime.date(YEAR, 2, 1),
        ends_on=datetime.date(YEAR, 2, 28),
        status=PeriodStatus.CLOSED,
    )
    outcome = Outcome.objects.create(
        indicator=indicator, period=february, unit=world.committee, total=D(31)
    )
    return MeasuresWorld(
        staff,
        drugs,
        frame,
        programme,
        hired_staff,
        drug_doses,
        staff_calculation,
        indicator,
        february,
        outcome,
    )


__all__ = ["control_world", "measures_world"]
