"""Outcomes reach every follow-up page in Swedish notation: "14 348", "51 %", "0,5"."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from followup.models import Outcome
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

NBSP = "\u00a0"


def _outcomes(world: World, fw: FollowupWorld) -> tuple[Outcome, Outcome]:
    share, count, _yearly = fw.indicators
    percent = Outcome.objects.create(
        indicator=share,
        period=fw.period,
        unit=world.committee,
        total=Decimal("51.000"),
        women=Decimal("0.500"),
        men=Decimal("72.345"),
    )
    counted = Outcome.objects.create(
        indicator=count,
        period=fw.period,
        unit=world.committee,
        total=Decimal("14348.000"),
        women=Decimal("7174"),
        men=Decimal("7174"),
    )
    return percent, counted


def _no_raw_decimals(html: str) -> None:
    for raw in ("14348", "51,000", "51.000", "0.5", "0,500", "72.345", "7174"):
        assert raw not in html, raw


def test_indicator_page_and_chart(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    percent, counted = _outcomes(world, followup_world)
    client = login(world.reader)
    html = client.get(reverse("followup:indicator", args=[counted.indicator.pk])).content.decode()
    assert f">14{NBSP}348<" in html  # in the table and as the chart's highest tick
    assert f">7{NBSP}174<" in html
    _no_raw_decimals(html)
    html = client.get(reverse("followup:indicator", args=[percent.indicator.pk])).content.decode()
    assert f">51{NBSP}%<" in html
    assert f">0,5{NBSP}%<" in html
    assert f">72,35{NBSP}%<" in html
    _no_raw_decimals(html)


def test_worklist_grid_and_judgement(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    _percent, counted = _outcomes(world, followup_world)
    client = login(world.controller)
    html = client.get(reverse("followup:worklist")).content.decode()
    assert f">14{NBSP}348<" in html
    assert f">51{NBSP}%<" in html
    _no_raw_decimals(html)
    grid = reverse("followup:grid", args=[followup_world.period.pk, world.committee.pk])
    html = client.get(grid).content.decode()
    assert f'value="14{NBSP}348"' in html
    assert 'value="0,5"' in html
    assert 'value="51"' in html
    _no_raw_decimals(html)
    html = client.get(reverse("followup:judge", args=[counted.pk])).content.decode()
    assert f"<dd>14{NBSP}348</dd>" in html
    _no_raw_decimals(html)


def test_scorecard(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    _outcomes(world, followup_world)
    html = (
        login(world.reader)
        .get(
            reverse("followup:scorecard"),
            {"period": followup_world.period.pk, "enhet": world.committee.pk},
        )
        .content.decode()
    )
    assert f"14{NBSP}348" in html
    assert f"51{NBSP}%" in html
    assert f"0,5{NBSP}%" in html
    _no_raw_decimals(html)


def test_the_measure_form_shows_baseline_and_benchmark_without_trailing_zeros(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[1]
    indicator.baseline_value = Decimal("14348.000")
    indicator.benchmark_value = Decimal("0.500")
    indicator.save()
    url = reverse("planning:indicator_edit", args=[indicator.pk])
    html = login(world.controller).get(url).content.decode()
    assert 'name="baseline_value" value="14348"' in html
    assert 'name="benchmark_value" value="0.5"' in html
    assert "14348.000" not in html and "0.500" not in html
