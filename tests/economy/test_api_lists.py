"""The economy's API lists hold only what the person may read: the outsider's own (empty)
organisation, ledger imports for those who import and for auditors, not for readers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from economy.services.ledger import record_ledger
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


@pytest.fixture
def ledger(world: World, economy_world: EconomyWorld) -> None:
    staff = economy_world.cost_types["personalkostnader"]
    record_ledger(
        SYSTEM,
        world.region,
        file_name="jan.csv",
        checksum="1" * 64,
        row_count=1,
        sums={(world.division.pk, staff.pk, 2025, 1): Decimal(-100)},
    )


@pytest.mark.parametrize(
    ("persona", "path", "count"),
    [
        ("outsider", "/api/economy/cost-types", 0),
        ("outsider", "/api/economy/cost-centres", 0),
        ("outsider", "/api/economy/accounts", 0),
        ("outsider", "/api/economy/frames", 0),
        ("outsider", "/api/economy/ledger-imports", 0),
        ("reader", "/api/economy/ledger-imports", 0),
        ("owner", "/api/economy/ledger-imports", 0),
        ("auditor", "/api/economy/ledger-imports", 1),
        ("controller", "/api/economy/ledger-imports", 1),
        ("reader", "/api/economy/cost-types", 7),
        ("reader", "/api/economy/frames", 1),
    ],
)
def test_lists_hold_only_what_the_person_may_see(
    world: World, ledger: None, client: Client, persona: str, path: str, count: int
) -> None:
    client.force_login(world.persona(persona))
    response = client.get(path)
    assert response.status_code == 200
    assert len(response.json()) == count
