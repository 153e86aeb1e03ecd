"""The budget page and the variance page ask the database the same number of times however
many units, cost types and months the frame has."""

from __future__ import annotations

from decimal import Decimal

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from economy.models import BudgetKind, CostType
from economy.services import budget
from economy.services.cost_types import create_cost_type
from economy.services.forecasts import save_forecast
from economy.services.ledger import record_ledger
from organisation.access import SYSTEM
from organisation.models import Unit, UnitKind
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


def _grow(world: World, economy: EconomyWorld, units: int, cost_types: int, months: int) -> None:
    """More divisions, cost types and booked months, each with its budget and outcomes."""
    made = len(CostType.objects.filter(region=world.region))
    for n in range(cost_types):
        create_cost_type(
            SYSTEM, world.region, code=f"extra-{made + n}", name=f"Extra {made + n}", kind="cost"
        )
    start = Unit.objects.filter(parent=world.committee).count()
    for n in range(units):
        Unit(parent=world.committee, name=f"Division {start + n}", kind=UnitKind.DIVISION).save()
    all_types = list(CostType.objects.filter(region=world.region))
    rows = budget.budget_units(economy.frame)
    for unit in rows:
        for kind in (BudgetKind.FRAME, BudgetKind.DETAILED):
            budget.set_budget_amounts(
                SYSTEM, economy.frame, unit, kind, dict.fromkeys(all_types, Decimal(-10))
            )
    sums = {
        (unit.pk, cost_type.pk, 2025, month): Decimal(-1000)
        for unit in rows
        for cost_type in all_types
        for month in range(1, months + 1)
    }
    record_ledger(
        SYSTEM,
        world.region,
        file_name=f"huvudbok-{units}-{months}.csv",
        checksum=f"{units:02d}{months:02d}".ljust(64, "0"),
        row_count=len(sums),
        sums=sums,
    )
    for unit in rows:
        save_forecast(
            world.controller,
            unit,
            all_types[0],
            year=2025,
            made_in_month=months,
            amount=Decimal(-12000),
            comment="Som i fjol.",
            expected_version=0,
        )


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_budget_and_variance_pages_ask_as_often_for_a_large_frame(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    client.force_login(world.controller)
    frame = economy_world.frame
    budget.create_frame_change(SYSTEM, frame, reason="SMS-livräddare", amount=Decimal("-1.2"))
    pages = [
        reverse("economy:budget", args=[frame.pk]),
        f"{reverse('economy:variance', args=[frame.pk])}?manad=2",
    ]
    _grow(world, economy_world, units=1, cost_types=0, months=1)
    small = [_queries(client, url) for url in pages]
    _grow(world, economy_world, units=12, cost_types=5, months=2)
    large = [_queries(client, url) for url in pages]
    assert large == small
