"""The band of "delvis uppfyllt" is the organisation's, and a measure may have its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from followup.models import Outcome
from followup.scorecard import build_scorecard
from followup.services.goal_judgements import judge_goal
from planning.models import JudgementRules
from planning.services.judgement_rules import partly_band_of, set_partly_band
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db


def _status_of(world: World, fw: FollowupWorld) -> tuple[str, str]:
    card = build_scorecard(world.committee, fw.period)
    row = next(
        r for p in card for g in p["goals"] for r in g["rows"] if r.indicator == fw.indicators[0]
    )
    return row.judgement.status, row.judgement.reason


def test_the_organisations_band_and_the_measures_own_decide(
    world: World, followup_world: FollowupWorld
) -> None:
    fw = followup_world
    Outcome.objects.create(
        indicator=fw.indicators[0], unit=world.committee, period=fw.period, total=Decimal(66)
    )
    # styr's tenth where the organisation has set none: 66 is within 7 of 70.
    assert partly_band_of(world.region.pk) == Decimal("10")
    assert _status_of(world, fw) == ("partly_met", "at_least_close")
    set_partly_band(world.admin, world.region, Decimal("5"))
    assert _status_of(world, fw) == ("not_met", "at_least_missed")
    # The other organisation's band is its own.
    assert partly_band_of(world.other_region.pk) == Decimal("10")
    measure = fw.indicators[0]
    measure.partly_band = Decimal("15")
    measure.save()
    assert _status_of(world, fw) == ("partly_met", "at_least_close")


def test_only_the_organisations_keepers_set_the_band(world: World) -> None:
    with pytest.raises(PermissionDenied):
        set_partly_band(world.controller, world.region, Decimal("5"))  # on a committee only
    with pytest.raises(PermissionDenied):
        set_partly_band(world.outsider, world.region, Decimal("5"))
    rules = set_partly_band(world.admin, world.region, Decimal("5"))
    assert rules.history.get().history_user == world.admin


def test_the_page_shows_and_keeps_the_band_and_the_explanation_names_it(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    fw = followup_world
    client.force_login(world.reader)
    page = client.get(reverse("planning:judgement_rules")).content.decode()
    assert "Delvis uppfyllt: inom 10 % av målvärdet." in page
    assert "styrs regel" in page
    assert "<form" not in page.split("<main", 1)[1]
    client.force_login(world.admin)
    response = client.post(
        reverse("planning:judgement_rules"), {"partly_band": "120", "goal_rule": "all"}
    )
    assert response.status_code == 200
    assert not JudgementRules.objects.exists()
    # A number field sends its value with a point, whatever the reader's notation.
    client.post(reverse("planning:judgement_rules"), {"partly_band": "12.5", "goal_rule": "all"})
    assert JudgementRules.objects.get(region=world.region).partly_band == Decimal("12.5")
    page = client.get(reverse("planning:judgement_rules")).content.decode()
    assert "inom 12,5 % av målvärdet." in page
    Outcome.objects.create(
        indicator=fw.indicators[0], unit=world.committee, period=fw.period, total=Decimal(65)
    )
    card = client.get(
        reverse("followup:scorecard"), {"period": fw.period.pk, "enhet": world.committee.pk}
    ).content.decode()
    # Numbers and their units are joined by a non-breaking space.
    assert "ligger strax under målet minst 70\u00a0% (inom 12,5\u00a0% av det)." in card


def test_a_goal_is_judged_from_its_measures_by_the_organisations_rule(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    fw = followup_world
    # Measure 1 (Minst 70 %) met, measure 3 (Högst 5 %) not met; measure 2 has no outcome.
    for measure, total in ((fw.indicators[0], 72), (fw.indicators[2], 9)):
        Outcome.objects.create(
            indicator=measure, unit=world.committee, period=fw.period, total=Decimal(total)
        )
    card = build_scorecard(world.committee, fw.period)
    goal = card[0]["goals"][0]
    assert (goal["verdict"].status, goal["verdict"].reason) == ("partly_met", "rule_all")
    set_partly_band(world.admin, world.region, Decimal(10), "most")
    goal = build_scorecard(world.committee, fw.period)[0]["goals"][0]
    assert goal["verdict"].status == "partly_met"  # one of two judged: not more than half
    client.force_login(world.reader)
    page = client.get(
        reverse("followup:scorecard"), {"period": fw.period.pk, "enhet": world.committee.pk}
    ).content.decode()
    # The scorecard's caption says it briefly; the rule is on the rules page.
    verdict = page[page.index('<span class="goal-verdict">') :]
    assert verdict.index("Delvis uppfyllt") < verdict.index("(1 av 2 uppfyllda)</span>")


def test_a_person_judges_a_goal_with_a_reason_in_place_of_the_rule(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    fw = followup_world
    Outcome.objects.create(
        indicator=fw.indicators[0], unit=world.committee, period=fw.period, total=Decimal(72)
    )
    goal = fw.indicators[0].goal
    with pytest.raises(ValidationError) as refusal:
        judge_goal(world.controller, goal, world.committee, fw.period, "met", " ")
    assert refusal.value.message_dict["reason"] == ["Motivera bedömningen."]
    with pytest.raises(PermissionDenied):
        judge_goal(world.reader, goal, world.committee, fw.period, "met", "Ser bra ut.")
    client.force_login(world.controller)
    url = reverse("followup:goal_judgement", args=[goal.pk, world.committee.pk, fw.period.pk])
    page = client.get(url).content.decode()
    assert "1 av 1 mått uppfyllda; målet är uppfyllt när alla är det." in page
    client.post(url, {"fulfilment": "partly_met", "reason": "Måttet säger inte allt: enkäten."})
    verdict = build_scorecard(world.committee, fw.period)[0]["goals"][0]["verdict"]
    assert (verdict.status, verdict.reason) == ("partly_met", "manual")
    card = client.get(
        reverse("followup:scorecard"), {"period": fw.period.pk, "enhet": world.committee.pk}
    ).content.decode()
    assert "bedömt av en person: Måttet säger inte allt: enkäten." in card
    client.post(url, {"fulfilment": "", "reason": ""})  # the rule decides again
    verdict = build_scorecard(world.committee, fw.period)[0]["goals"][0]["verdict"]
    assert (verdict.status, verdict.reason) == ("met", "rule_all")
