"""The economy of the test world: seed 002's cost types, a 2025 frame for the committee with
two divisions, and the financial system's codes mapped onto them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from economy.models import BudgetFrame, CostType
from economy.services import budget, cost_types, mappings
from organisation.access import SYSTEM
from organisation.models import Unit, UnitKind
from tests.conftest import World
from tests.economy.measures_world import control_world, measures_world  # noqa: F401 - fixtures

ACCOUNTS = [
    ("3000", "3799", "externa-intakter"),
    ("3800", "3999", "interna-intakter"),
    ("4500", "4599", "lakemedel"),
    ("5000", "5999", "personalkostnader"),
    ("6000", "7799", "ovriga-externa-omkostnader"),
]


@dataclass
class EconomyWorld:
    kirurgi: Unit
    frame: BudgetFrame
    cost_types: dict[str, CostType]


@pytest.fixture
def economy_world(world: World) -> EconomyWorld:
    return make_economy_world(world)


def make_economy_world(world: World) -> EconomyWorld:
    kirurgi = Unit(parent=world.committee, name="Division Kirurgi", kind=UnitKind.DIVISION)
    kirurgi.save()
    made = cost_types.load_preset(SYSTEM, world.region, "rjh")
    by_code = {c.code: c for c in made}
    for first, last, code in ACCOUNTS:
        mappings.create_account_mapping(
            SYSTEM, world.region, first_account=first, last_account=last, cost_type=by_code[code]
        )
    for code, unit in (("1100", world.division), ("1110", world.area), ("1200", kirurgi)):
        mappings.create_cost_centre_mapping(SYSTEM, world.region, cost_centre=code, unit=unit)
    frame = budget.create_frame(
        SYSTEM,
        world.committee,
        year=2025,
        amount_unit="mkr",
        total_previous_year=Decimal("-2975.3"),
        total=Decimal("-2898.25"),
    )
    return EconomyWorld(kirurgi, frame, by_code)


LEDGER = (
    "Huvudbok 2025\n"
    "Period;Ansvar;Konto;Belopp;Text\n"
    "202501;1100;5010;1 200 000,00;Löner januari\n"
    "202501;1110;5010;300 000,00;Löner januari\n"
    "202501;1100;3010;-250 000,00;Patientavgifter\n"
    "202502;1200;4510;80 000,50;Läkemedel\n"
    "202502;1200;5010;900 000,00;Löner februari\n"
)
