"""The organisation's own data costs the same number of queries with few rows or many: its
risk categories, its reporting calendar, the installation's list of organisations, and a
measure's targets per year and comparison values."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from followup.models import ComparisonValue, Period, PeriodPattern
from internal_control.models import RiskCategory
from organisation.access import SYSTEM
from organisation.services.units import create_region
from planning.models import Indicator, YearTarget
from tests.conftest import World

pytestmark = pytest.mark.django_db


def _categories(world: World, start: int, count: int) -> None:
    RiskCategory.objects.bulk_create(
        RiskCategory(region=world.region, code=f"K{i}", name=f"Kategori {i}", order=i)
        for i in range(start, start + count)
    )


def _calendar(world: World, start: int, count: int) -> None:
    PeriodPattern.objects.bulk_create(
        PeriodPattern(
            region=world.region,
            kind="month",
            number=i,
            name=f"m{i}",
            starts_month=1,
            ends_month=1,
        )
        for i in range(start, start + count)
    )


def _organisations(world: World, start: int, count: int) -> None:
    for i in range(start, start + count):
        create_region(f"Kommun {i}", actor=SYSTEM, kind="municipality")


def _measure(world: World) -> Indicator:
    return Indicator.objects.get_or_create(
        unit=world.committee, name="Andel", defaults={"target_text": "Minst 70 %"}
    )[0]


def _year_targets(world: World, start: int, count: int) -> None:
    YearTarget.objects.bulk_create(
        YearTarget(indicator=_measure(world), year=2000 + i, target_text="Minst 70 %")
        for i in range(start, start + count)
    )


def _comparisons(world: World, start: int, count: int) -> None:
    for i in range(start, start + count):
        period = Period.objects.create(
            unit=world.region,
            year=2000 + i,
            kind="year",
            number=1,
            name=f"{2000 + i}",
            starts_on=datetime.date(2000 + i, 1, 1),
            ends_on=datetime.date(2000 + i, 12, 31),
        )
        ComparisonValue.objects.create(
            indicator=_measure(world), period=period, kind="national", value=i
        )


CASES: dict[str, tuple[str, Callable[[World], str], Callable[[World, int, int], None]]] = {
    "targets per year": (
        "controller",
        lambda w: reverse("planning:year_targets", args=[_measure(w).pk]),
        _year_targets,
    ),
    "a measure with comparison values": (
        "controller",
        lambda w: reverse("followup:indicator", args=[_measure(w).pk]),
        _comparisons,
    ),
    "the comparison form": (
        "controller",
        lambda w: reverse("followup:comparison", args=[_measure(w).pk]),
        _comparisons,
    ),
    "risk categories": ("admin", lambda w: reverse("internal_control:categories"), _categories),
    "reporting calendar": ("admin", lambda w: reverse("followup:reporting_year"), _calendar),
    "organisations": ("installer", lambda w: reverse("organisation:organisations"), _organisations),
}


def _count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("case", list(CASES))
def test_the_page_costs_the_same_with_more_rows(world: World, client: Client, case: str) -> None:
    persona, url_of, grow = CASES[case]
    client.force_login(world.persona(persona))
    grow(world, 1, 2)
    few = _count(client, url_of(world))
    grow(world, 3, 10)
    assert _count(client, url_of(world)) == few
