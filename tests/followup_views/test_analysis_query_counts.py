"""The scorecard and the report cost the same number of queries with few analyses or many."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from followup.services.analyses import save_analysis
from planning.models import Goal, Indicator, Perspective, PerspectiveKind
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("persona", ["controller", "owner", "reader"])
def test_the_scorecard_and_report_do_not_grow_with_the_analyses(
    world: World, followup_world: FollowupWorld, client: Client, persona: str
) -> None:
    unit, period = world.committee, followup_world.period
    goal = followup_world.indicators[0].goal
    assert goal is not None
    perspective = Perspective.objects.create(
        unit=unit, kind=PerspectiveKind.PERSPECTIVE, name="Medborgare"
    )
    Goal.objects.filter(pk=goal.pk).update(perspective=perspective)
    client.force_login(world.persona(persona))
    pages = [
        reverse("followup:scorecard") + f"?period={period.pk}&enhet={unit.pk}",
        reverse("reports:tertial_report_xlsx", args=[unit.pk, period.pk]),
    ]

    def write(count: int) -> None:
        for n in range(count):
            measure = Indicator.objects.create(
                unit=unit, goal=goal, name=f"Mått {n}", owner=world.owner, order=10 + n
            )
            save_analysis(world.controller, unit, period, "matt", measure.pk, f"Text {n}.", "", 0)

    save_analysis(world.controller, unit, period, "perspektiv", perspective.pk, "P.", "met", 0)
    save_analysis(world.controller, unit, period, "mal", goal.pk, "M.", "", 0)
    write(2)
    few = [_queries(client, url) for url in pages]
    write(20)
    assert [_queries(client, url) for url in pages] == few
