"""What an outcome is compared with, per period: the nation, the average, the best and the
worst, kept with their source, shown beside the outcome and judged against."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from followup.models import ComparisonValue, Outcome, Period
from followup.scorecard import build_scorecard
from followup.services.comparisons import set_comparison
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db


def _row(world: World, fw: FollowupWorld, indicator: object) -> object:
    card = build_scorecard(world.committee, fw.period)
    return next(r for p in card for g in p["goals"] for r in g["rows"] if r.indicator == indicator)


def test_the_nations_value_of_the_period_judges_a_target_level_with_the_nation(
    world: World, followup_world: FollowupWorld
) -> None:
    fw = followup_world
    measure = fw.indicators[2]
    measure.target_text = "I nivå med riket"
    measure.target_rule = {"kind": "benchmark"}
    measure.benchmark_value = Decimal(9)  # a figure of another year, kept on the measure
    measure.save()
    Outcome.objects.create(
        indicator=measure, unit=world.committee, period=fw.period, total=Decimal("5.2")
    )
    assert _row(world, fw, measure).judgement.status == "not_met"  # far from 9
    set_comparison(
        world.controller, measure, fw.period, "national", Decimal("5.0"), source="Kolada"
    )
    set_comparison(world.controller, measure, fw.period, "best", Decimal("3.1"), source="Kolada")
    row = _row(world, fw, measure)
    assert row.judgement.status == "met"  # 5,2 is level with the nation's 5,0
    assert list(row.comparisons) == ["national", "best"]
    # The value of another period is not this period's.
    assert not _row(world, fw, fw.indicators[0]).comparisons


def test_a_comparison_is_kept_by_those_who_change_the_measure_and_can_be_taken_away(
    world: World, followup_world: FollowupWorld
) -> None:
    fw = followup_world
    measure = fw.indicators[0]
    with pytest.raises(PermissionDenied):
        set_comparison(world.reader, measure, fw.period, "national", Decimal(60))
    theirs = Period.objects.create(
        unit=world.other_region,
        year=2022,
        kind="year",
        number=1,
        name="2022",
        starts_on=fw.period.starts_on,
        ends_on=fw.period.ends_on,
    )
    with pytest.raises(ValidationError):
        set_comparison(world.controller, measure, theirs, "national", Decimal(60))
    value = set_comparison(
        world.controller, measure, fw.period, "national", Decimal(60), source="Kolada"
    )
    assert value is not None and value.history.get().history_user == world.controller
    changed = set_comparison(
        world.controller, measure, fw.period, "national", Decimal(61), source="Kolada"
    )
    assert changed is not None and changed.version == 2
    set_comparison(world.controller, measure, fw.period, "national", None)
    assert not ComparisonValue.objects.exists()


def test_the_pages_set_and_show_the_comparison_beside_the_outcome(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    fw = followup_world
    measure = fw.indicators[0]
    Outcome.objects.create(
        indicator=measure, unit=world.committee, period=fw.period, total=Decimal(72)
    )
    client.force_login(world.controller)
    response = client.post(
        reverse("followup:comparison", args=[measure.pk]),
        {"period": fw.period.pk, "kind": "national", "value": "64.5", "source": "Kolada"},
    )
    assert response.status_code == 302
    page = client.get(reverse("followup:indicator", args=[measure.pk])).content.decode()
    assert "Riket" in page and "64,5" in page and "Kolada" in page
    card = (
        client.get(
            reverse("followup:scorecard"), {"period": fw.period.pk, "enhet": world.committee.pk}
        )
        .content.decode()
        .replace("\u00a0", " ")
    )
    assert '<span class="comparison">Riket 64,5 %</span>' in card
    assert "(källa: Kolada)" in card
    client.force_login(world.reader)
    assert client.get(reverse("followup:comparison", args=[measure.pk])).status_code == 403
