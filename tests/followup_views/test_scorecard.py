"""The scorecard judges every measure, shows symbol and word, and costs the same queries."""

from __future__ import annotations

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from followup.models import Outcome
from followup.trend import IMPROVING, UNCHANGED, UNKNOWN, WORSENING, trend
from planning.models import Frequency, Indicator
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


@given(st.decimals(-100, 100, places=1), st.decimals(-100, 100, places=1))
def test_trend_turns_with_direction(current: Decimal, previous: Decimal) -> None:
    up, down = trend(current, previous, "higher"), trend(current, previous, "lower")
    if current == previous:
        assert up == down == UNCHANGED
    else:
        assert {up, down} == {IMPROVING, WORSENING}
    assert trend(current, None, "higher") == UNKNOWN
    assert trend(current, previous, "none") == UNKNOWN


def test_scorecard_judges_and_trends(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    i1, i2, _ = followup_world.indicators
    Outcome.objects.create(
        indicator=i1, period=followup_world.period, unit=world.committee, total=65, women=70, men=60
    )
    Outcome.objects.create(
        indicator=i1, period=followup_world.last_year, unit=world.committee, total=60
    )
    Outcome.objects.create(
        indicator=i2,
        period=followup_world.period,
        unit=world.committee,
        total=900,
        women=500,
        men=400,
    )
    Outcome.objects.create(
        indicator=i2, period=followup_world.last_year, unit=world.committee, total=1000
    )
    url = (
        reverse("followup:scorecard")
        + f"?period={followup_world.period.pk}&enhet={world.committee.pk}"
    )
    html = login(world.reader).get(url).content.decode()
    # 65 against "Minst 70 %" is within 10 %: partly met; better than 60 last year.
    assert "◐</span> Delvis uppfyllt" in html
    assert "↑</span> Bättre" in html
    # 900 against "Öka" with 1 000 last year: not met, worse.
    assert "○</span> Ej uppfyllt" in html
    assert "↓</span> Sämre" in html


def test_scorecard_queries_do_not_grow(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = (
        reverse("followup:scorecard")
        + f"?period={followup_world.period.pk}&enhet={world.committee.pk}"
    )

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count()
    made = Indicator.objects.bulk_create(
        [
            Indicator(
                unit=world.committee,
                goal=followup_world.indicators[0].goal,
                name=f"Mått {n}",
                frequency=Frequency.TERTIAL,
                target_text="Minst 5",
            )
            for n in range(300)
        ]
    )
    Outcome.objects.bulk_create(
        [
            Outcome(indicator=i, period=followup_world.period, unit=world.committee, total=n)
            for n, i in enumerate(made)
        ]
    )
    assert count() == before


def test_manual_judgement_where_the_rule_cannot_decide(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    indicator.target_text, indicator.target_rule = "I nivå med genomsnittet i riket", {}
    indicator.save()
    outcome = Outcome.objects.create(
        indicator=indicator, period=followup_world.period, unit=world.committee, total=71
    )
    client = login(world.controller)
    url = reverse("followup:judge", args=[outcome.pk])
    page = client.get(url).content.decode()
    assert "Kan inte bedömas" in page
    refused = client.post(url, {"manual_fulfilment": "met", "manual_reason": "", "version": 1})
    assert "Motivera bedömningen." in refused.content.decode()
    client.post(
        url,
        {
            "manual_fulfilment": "met",
            "manual_reason": "Riket låg på 70 % enligt Vården i siffror.",
            "version": 1,
        },
    )
    outcome.refresh_from_db()
    assert outcome.manual_fulfilment == "met"
    card = client.get(
        reverse("followup:scorecard")
        + f"?period={followup_world.period.pk}&enhet={world.committee.pk}"
    )
    assert "(bedömd)" in card.content.decode()
    assert login(world.reader).get(url).status_code == 403


@given(st.decimals(0, 10**6, places=1), st.integers(1, 12))
def test_forecast(year_to_date: Decimal, months: int) -> None:
    from followup.trend import full_year_forecast

    assert full_year_forecast(year_to_date, months, accumulates=False) == year_to_date
    forecast = full_year_forecast(year_to_date, months, accumulates=True)
    assert forecast is not None
    assert forecast >= year_to_date - Decimal("0.1")
    assert full_year_forecast(year_to_date, 12, accumulates=True) == year_to_date.quantize(
        Decimal("0.1")
    )
    assert full_year_forecast(None, months, accumulates=True) is None


def test_indicator_page_shows_forecast_and_gap(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    counted = followup_world.indicators[1]
    Outcome.objects.create(
        indicator=counted,
        period=followup_world.period,
        unit=world.committee,
        total=400,
        women=250,
        men=150,
    )
    html = (
        login(world.reader).get(reverse("followup:indicator", args=[counted.pk])).content.decode()
    )
    assert "Prognos helår" in html
    assert ">1\u00a0200<" in html  # 400 in January-April, extrapolated to twelve months
    assert ">100<" in html  # women minus men


def test_baseline_and_benchmark_decide_relative_targets(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    goal = followup_world.indicators[0].goal
    halved = Indicator.objects.create(
        unit=world.committee,
        goal=goal,
        name="Antibiotikarecept",
        frequency=Frequency.TERTIAL,
        target_text="Minska med 50 % jmft med 2020",
        baseline_value=Decimal(400),
        baseline_year=2020,
    )
    national = Indicator.objects.create(
        unit=world.committee,
        goal=goal,
        name="Väntetid",
        frequency=Frequency.TERTIAL,
        target_text="I nivå med genomsnittet i riket",
        benchmark_value=Decimal(60),
    )
    Outcome.objects.create(
        indicator=halved, period=followup_world.period, unit=world.committee, total=190
    )
    Outcome.objects.create(
        indicator=national, period=followup_world.period, unit=world.committee, total=62
    )
    from followup.scorecard import build_scorecard

    rows = {
        r.indicator.name: r
        for p in build_scorecard(world.committee, followup_world.period)
        for g in p["goals"]
        for r in g["rows"]
    }
    assert rows["Antibiotikarecept"].judgement.status == "met"
    assert rows["Väntetid"].judgement.status == "met"


def test_scorecard_without_periods_says_so(world: World, login) -> None:  # type: ignore[no-untyped-def]
    html = login(world.controller).get(reverse("followup:scorecard")).content.decode()
    assert "Din region har inga uppföljningsperioder ännu" in html
    assert "<select" not in html


def test_scorecard_breaks_down_to_units_and_shows_goals_only_actions_serve(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    from internal_control.models import Action, ActionGoal
    from organisation.models import Unit, UnitKind
    from planning.models import Goal, GoalLevel

    share = followup_world.indicators[0]
    period = followup_world.period
    Outcome.objects.create(indicator=share, period=period, unit=world.committee, total=58)
    Outcome.objects.create(indicator=share, period=period, unit=world.division, total=60)
    Outcome.objects.create(indicator=share, period=period, unit=world.area, women=52, men=50)
    # Another region's unit and another period are not part of the breakdown.
    Outcome.objects.create(indicator=share, period=period, unit=world.other_division, total=1)
    Outcome.objects.create(
        indicator=share, period=followup_world.last_year, unit=world.division, total=2
    )
    factor = Goal.objects.create(
        unit=world.committee,
        level=GoalLevel.SUCCESS_FACTOR,
        title="Kostnadseffektiv verksamhet",
        order=5,
    )
    action = Action.objects.create(unit=world.committee, number=1, title="Översyn av lokaler")
    ActionGoal.objects.create(action=action, goal=factor)
    client = login(world.reader)
    url = reverse("followup:scorecard") + f"?period={period.pk}&enhet={world.committee.pk}"

    def page() -> tuple[str, int]:
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        return " ".join(html.split()), len(queries)

    html, queries = page()
    # Only this region's units within the unit, in this period.
    breakdown = html[html.index("Per enhet:") :].split("</span>")[0]
    assert breakdown == "Per enhet: Division Medicin 60 %; Akutvård kvinnor 52 %, män 50 %"
    assert "Framgångsfaktor: Kostnadseffektiv verksamhet</strong>" in html
    assert "Inget styrmått följer upp målet; enhetens åtgärder bidrar till det." in html
    # The goal of the unit's measures comes first, in the order of the goals.
    assert html.index("God och nära vård") < html.index("Kostnadseffektiv verksamhet")
    for n in range(20):
        extra = Goal.objects.create(
            unit=world.committee, level=GoalLevel.SUCCESS_FACTOR, title=f"Faktor {n}", order=9
        )
        ActionGoal.objects.create(action=action, goal=extra)
        unit = Unit(parent=world.division, name=f"Enhet {n}", kind=UnitKind.UNIT)
        unit.save()
        Outcome.objects.create(
            indicator=followup_world.indicators[n % 3], period=period, unit=unit, total=n
        )
    html, more_queries = page()
    assert "Faktor 19" in html
    assert more_queries == queries
