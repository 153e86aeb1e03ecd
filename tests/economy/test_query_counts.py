"""Ekonomi i balans and a measure's page cost the same number of queries for the small test
world and for a generated region with many units, cost types, ledger outcomes and measures."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benchmarks.economy_region import YEAR, economy_region
from economy.models import Measure
from organisation.models import Unit, User
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld


def _queries(client: Client, user: User, url: str) -> int:
    client.force_login(user)
    client.get(url)  # warm: session, translations
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


def _pages(committee: Unit, measure: Measure) -> dict[str, str]:
    return {
        "balance": reverse("economy:balance", args=[committee.pk]) + f"?ar={YEAR}",
        "measure": reverse("economy:measure", args=[measure.pk]),
    }


@pytest.mark.parametrize("page", ["balance", "measure"])
def test_the_pages_do_not_grow_with_the_region(
    world: World, measures_world: MeasuresWorld, client: Client, page: str
) -> None:
    small = _queries(
        client, world.controller, _pages(world.committee, measures_world.hired_staff)[page]
    )
    large = economy_region(name="Storregionen", units=8, cost_types=3, measures=24)
    assert Measure.objects.filter(unit__parent=large.committee).count() == 24
    big = _queries(client, large.controller, _pages(large.committee, large.measures[-1])[page])
    assert big == small
