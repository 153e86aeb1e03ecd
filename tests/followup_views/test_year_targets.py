"""A measure's target per year and its target year: a year's outcome is judged against the
year's own target where there is one, and against the measure's own otherwise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from followup.models import Outcome
from followup.scorecard import build_scorecard
from planning.models import YearTarget
from planning.services.year_targets import set_year_target
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db


def _row(world: World, fw: FollowupWorld, indicator: object) -> object:
    card = build_scorecard(world.committee, fw.period)
    return next(r for p in card for g in p["goals"] for r in g["rows"] if r.indicator == indicator)


def test_the_years_own_target_judges_the_years_outcome(
    world: World, followup_world: FollowupWorld
) -> None:
    fw = followup_world
    measure = fw.indicators[0]  # "Minst 70 %"
    measure.target_year = 2026
    measure.save()
    Outcome.objects.create(
        indicator=measure, unit=world.committee, period=fw.period, total=Decimal(60)
    )
    assert _row(world, fw, measure).judgement.status == "not_met"
    set_year_target(world.controller, measure, 2022, "Minst 55 %")  # the level on the way
    row = _row(world, fw, measure)
    assert (row.target_text, row.judgement.status) == ("Minst 55 %", "met")
    # Another year's target is not this year's; taken away, the measure's own holds again.
    set_year_target(world.controller, measure, 2023, "Minst 65 %")
    set_year_target(world.controller, measure, 2022, "")
    row = _row(world, fw, measure)
    assert (row.target_text, row.judgement.status) == ("Minst 70 %", "not_met")


def test_a_year_target_must_read_as_a_rule_and_is_kept_by_those_who_change_the_measure(
    world: World, followup_world: FollowupWorld
) -> None:
    measure = followup_world.indicators[0]
    with pytest.raises(ValidationError) as refusal:
        set_year_target(world.controller, measure, 2023, "ungefär lika bra")
    assert "kan inte läsas som en regel" in refusal.value.message_dict["target_text"][0]
    with pytest.raises(PermissionDenied):
        set_year_target(world.reader, measure, 2023, "Minst 75 %")
    target = set_year_target(world.controller, measure, 2023, "Minst 75 %")
    assert target is not None and target.target_rule["kind"] == "at_least"
    assert target.history.get().history_user == world.controller


def test_the_page_sets_a_years_target_and_the_measure_shows_them(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    measure = followup_world.indicators[0]
    client.force_login(world.controller)
    url = reverse("planning:year_targets", args=[measure.pk])
    response = client.post(url, {"year": "2023", "target_text": "Minst 72 %"})
    assert response.status_code == 302
    assert YearTarget.objects.get(indicator=measure, year=2023).target_text == "Minst 72 %"
    page = client.get(reverse("followup:indicator", args=[measure.pk])).content.decode()
    assert "2023: Minst 72 %" in page
    response = client.post(url, {"year": "2023", "target_text": "bättre"})
    assert response.status_code == 200
    assert YearTarget.objects.get(indicator=measure, year=2023).target_text == "Minst 72 %"
