"""The operational plan shows what each level contributes to, down to measures and targets."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from planning.models import Assignment, Goal, GoalLevel, Indicator, Perspective, PerspectiveKind
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def test_cascade_from_region_to_committee(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    strategy = Perspective.objects.create(
        unit=world.region, kind=PerspectiveKind.STRATEGY, name="Strategi för vård"
    )
    regional = Goal.objects.create(
        unit=world.region,
        perspective=strategy,
        level=GoalLevel.OVERARCHING,
        code="5",
        title="Tillgängligheten till vård ska öka",
    )
    Assignment.objects.create(
        unit=world.committee, goal=regional, text="Korta köerna inom specialistvården."
    )
    committee_goal = followup_world.indicators[0].goal
    committee_goal.parent = regional
    committee_goal.perspective = strategy
    committee_goal.save()
    from internal_control.models import Action, ActionGoal

    action = Action.objects.create(
        unit=world.committee, number=1, title="Inför digital vårdcentral", status="in_progress"
    )
    ActionGoal.objects.create(action=action, goal=committee_goal)
    client = login(world.reader)
    url = reverse("planning:plan", args=[world.committee.pk])
    html = client.get(url).content.decode()
    assert "Strategi för vård" in html
    assert html.index("Tillgängligheten till vård ska öka") < html.index("God och nära vård")
    assert "Korta köerna inom specialistvården." in html
    assert "Minst 70 %" in html
    assert "Inför digital vårdcentral – Pågår" in html
    assert login(world.outsider).get(url).status_code == 404
    # The council above the committee is context, not a readable plan, for a committee reader.
    assert (
        login(world.reader).get(reverse("planning:plan", args=[world.council.pk])).status_code
        == 404
    )

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    Indicator.objects.bulk_create(
        [Indicator(unit=world.committee, goal=committee_goal, name=f"Mått {n}") for n in range(100)]
    )
    Goal.objects.bulk_create(
        [
            Goal(unit=world.committee, parent=regional, level=GoalLevel.COMMITTEE, title=f"Mål {n}")
            for n in range(50)
        ]
    )
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
