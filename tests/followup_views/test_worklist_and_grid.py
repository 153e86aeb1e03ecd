"""Lena's tertial: the worklist shows what is due; the grid saves all rows or none."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from followup.models import Outcome
from planning.models import Frequency, Indicator
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def grid_url(fw: FollowupWorld, world: World) -> str:
    return reverse("followup:grid", args=[fw.period.pk, world.committee.pk])


def test_worklist_shows_due_and_missing(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    html = login(world.controller).get(reverse("followup:worklist")).content.decode()
    assert "Andel patienter som fått frågan om våld" in html
    assert "Antal suicidriskbedömningar" in html
    assert "Sjukfrånvaro" not in html  # yearly: not due in DÅ04
    assert html.count("Saknas") == 2


def test_grid_saves_every_row(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    i1, i2, _ = followup_world.indicators
    response = login(world.controller).post(
        grid_url(followup_world, world),
        {
            f"total-{i1.pk}": "72,5 %",
            f"women-{i1.pk}": "75",
            f"men-{i1.pk}": "70",
            f"total-{i2.pk}": "1 200",
            f"women-{i2.pk}": "700",
            f"men-{i2.pk}": "500",
            f"comment-{i2.pk}": "Ökning jämfört med i fjol.",
        },
    )
    assert response.status_code == 302
    outcome = Outcome.objects.get(indicator=i2)
    assert (outcome.total, outcome.women, outcome.men) == (
        Decimal(1200),
        Decimal(700),
        Decimal(500),
    )
    assert outcome.history.count() == 1


def test_grid_refuses_everything_when_one_value_is_wrong(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    i1, i2, _ = followup_world.indicators
    response = login(world.controller).post(
        grid_url(followup_world, world),
        {
            f"total-{i1.pk}": "72",
            f"women-{i1.pk}": "sjuttio",
            f"men-{i1.pk}": "70",
            f"total-{i2.pk}": "1 200",
            f"women-{i2.pk}": "700",
            f"men-{i2.pk}": "400",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rad 1: ”sjuttio” är inte ett tal." in html
    # Numbers in messages are Swedish: a non-breaking space groups the thousands.
    assert "Rad 2: Kvinnor och män blir tillsammans 1\u00a0100, inte totalen 1\u00a0200." in html
    assert 'aria-invalid="true"' in html
    assert 'value="sjuttio"' in html  # the person's input is kept
    assert not Outcome.objects.exists()


@pytest.mark.parametrize(
    ("persona", "status"), [("reader", 403), ("auditor", 403), ("outsider", 404), ("owner", 403)]
)
def test_only_controllers_use_the_grid(
    world: World, followup_world: FollowupWorld, login, persona: str, status: int
) -> None:  # type: ignore[no-untyped-def]
    assert login(world.persona(persona)).get(grid_url(followup_world, world)).status_code == status


def test_indicator_page_has_chart_and_table(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    i1 = followup_world.indicators[0]
    Outcome.objects.create(
        indicator=i1,
        period=followup_world.last_year,
        unit=world.committee,
        total=60,
        women=62,
        men=58,
    )
    Outcome.objects.create(
        indicator=i1, period=followup_world.period, unit=world.committee, total=72, women=75, men=70
    )
    html = login(world.reader).get(reverse("followup:indicator", args=[i1.pk])).content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert 'role="img"' in html
    assert "Mål: Minst 70 %" in html
    assert "<caption>Utfall per period</caption>" in html
    assert login(world.outsider).get(reverse("followup:indicator", args=[i1.pk])).status_code == 404


def test_queries_do_not_grow_with_indicators(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    urls = [reverse("followup:worklist"), grid_url(followup_world, world)]

    def counts() -> list[int]:
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries))
        return result

    before = counts()
    Indicator.objects.bulk_create(
        [
            Indicator(unit=world.committee, name=f"Mått {n}", frequency=Frequency.TERTIAL)
            for n in range(200)
        ]
    )
    assert counts() == before


def test_administrator_makes_and_opens_periods(world: World, login) -> None:  # type: ignore[no-untyped-def]
    from followup.models import Period

    client = login(world.admin)
    assert client.post(reverse("followup:periods_make"), {"year": 2027}).status_code == 302
    assert Period.objects.filter(unit=world.region, year=2027).count() == 15
    client.post(reverse("followup:periods_make"), {"year": 2027})  # again: nothing more
    assert Period.objects.filter(unit=world.region, year=2027).count() == 15
    dao4 = Period.objects.get(unit=world.region, year=2027, name="DÅ04")
    client.post(reverse("followup:period_status", args=[dao4.pk]), {"status": "open", "version": 1})
    dao4.refresh_from_db()
    assert dao4.status == "open"
    assert dao4.history.count() == 2


@pytest.mark.parametrize("persona", ["controller", "owner", "reader", "auditor"])
def test_only_region_administrators_keep_the_calendar(world: World, login, persona: str) -> None:  # type: ignore[no-untyped-def]
    response = login(world.persona(persona)).post(reverse("followup:periods_make"), {"year": 2027})
    assert response.status_code == 403
