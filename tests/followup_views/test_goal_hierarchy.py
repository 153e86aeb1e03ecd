"""Goals and assignments written through pages and the API, with the same rules and checks."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client
from django.urls import reverse

from organisation.services.tokens import create_api_token
from planning.models import Assignment, Goal, GoalLevel, Perspective, PerspectiveKind
from tests.conftest import World


def _api(client: Client, user: Any, method: str, url: str, body: dict[str, Any]) -> Any:
    token = create_api_token(user, "t")[1]
    return getattr(client, method)(
        url,
        data=json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def _regional(world: World) -> Goal:
    strategy = Perspective.objects.create(
        unit=world.council, kind=PerspectiveKind.STRATEGY, name="Vård"
    )
    return Goal.objects.create(
        unit=world.council,
        perspective=strategy,
        level=GoalLevel.OVERARCHING,
        title="Hög tillgänglighet och kontinuitet i vården",
        first_year=2023,
        last_year=2025,
    )


def test_a_committee_breaks_down_the_councils_goal(world: World, client: Client) -> None:
    regional = _regional(world)
    made = _api(
        client,
        world.controller,
        "post",
        "/api/planning/assignments",
        {
            "unit_id": world.committee.pk,
            "goal_id": regional.pk,
            "text": "Korta köerna.",
            "year": 2023,
        },
    )
    assert made.status_code == 201, made.content
    assignment = Assignment.objects.get(pk=made.json()["id"])
    goal = _api(
        client,
        world.controller,
        "post",
        "/api/planning/goals",
        {
            "unit_id": world.committee.pk,
            "level": "committee",
            "title": "Andel patienter inom vårdgarantin ska öka.",
            "parent_id": regional.pk,
            "assignment_id": assignment.pk,
            "first_year": 2023,
            "last_year": 2023,
        },
    )
    assert goal.status_code == 201, goal.content
    created = Goal.objects.get(pk=goal.json()["id"])
    assert created.perspective == regional.perspective  # inherited from the goal above
    assert created.history.count() == 1
    measure = _api(
        client,
        world.controller,
        "post",
        "/api/planning/indicators",
        {
            "unit_id": world.committee.pk,
            "goal_id": created.pk,
            "name": "Andel",
            "target_text": "Minst 90 %",
        },
    )
    assert measure.status_code == 201, measure.content
    assert measure.json()["target_rule"]["kind"] == "at_least"
    client.force_login(world.reader)
    html = client.get(reverse("planning:plan", args=[world.committee.pk]), {"ar": 2023})
    text = html.content.decode()
    assert text.index("Hög tillgänglighet") < text.index("Korta köerna.")
    assert text.index("Korta köerna.") < text.index("Andel patienter inom vårdgarantin")


def test_readers_see_the_goals_above_but_cannot_write(world: World, client: Client) -> None:
    regional = _regional(world)
    listed = client.get(
        "/api/planning/goals?year=2024",
        HTTP_AUTHORIZATION=f"Bearer {create_api_token(world.reader, 't')[1]}",
    )
    assert [g["id"] for g in listed.json()] == [regional.pk]
    outsider = client.get(
        "/api/planning/goals",
        HTTP_AUTHORIZATION=f"Bearer {create_api_token(world.outsider, 't')[1]}",
    )
    assert outsider.json() == []
    body = {"unit_id": world.committee.pk, "level": "committee", "title": "Mål"}
    assert _api(client, world.reader, "post", "/api/planning/goals", body).status_code == 403
    assert _api(client, world.outsider, "post", "/api/planning/goals", body).status_code == 404
    assert not Goal.objects.filter(title="Mål").exists()


def test_a_goal_cannot_contribute_downwards_or_to_itself(world: World, client: Client) -> None:
    division_goal = Goal.objects.create(unit=world.division, level="operational", title="Div")
    refused = _api(
        client,
        world.controller,
        "post",
        "/api/planning/goals",
        {
            "unit_id": world.committee.pk,
            "level": "committee",
            "title": "X",
            "parent_id": division_goal.pk,
        },
    )
    assert refused.status_code == 422
    assert "parent" in refused.json()["errors"]
    goal = Goal.objects.create(unit=world.committee, level="committee", title="Y")
    looped = _api(
        client,
        world.controller,
        "patch",
        f"/api/planning/goals/{goal.pk}",
        {"version": goal.version, "parent_id": goal.pk},
    )
    assert looped.status_code == 422
    years = _api(
        client,
        world.controller,
        "patch",
        f"/api/planning/goals/{goal.pk}",
        {"version": goal.version, "first_year": 2025, "last_year": 2023},
    )
    assert years.status_code == 422 and "last_year" in years.json()["errors"]


def test_two_editors_of_one_goal_do_not_overwrite_each_other(world: World, client: Client) -> None:
    goal = Goal.objects.create(unit=world.committee, level="committee", title="Första lydelsen")
    first = _api(
        client,
        world.controller,
        "patch",
        f"/api/planning/goals/{goal.pk}",
        {"version": goal.version, "title": "Andra lydelsen"},
    )
    assert first.status_code == 200
    stale = _api(
        client,
        world.admin,
        "patch",
        f"/api/planning/goals/{goal.pk}",
        {"version": goal.version, "title": "Tredje lydelsen"},
    )
    assert stale.status_code == 409
    goal.refresh_from_db()
    assert goal.title == "Andra lydelsen"


def test_goal_and_assignment_pages(world: World, client: Client, login) -> None:  # type: ignore[no-untyped-def]
    regional = _regional(world)
    controller = login(world.controller)
    url = reverse("planning:goal_create", args=[world.committee.pk])
    assert controller.get(url).status_code == 200
    refused = controller.post(url, {"level": "committee", "title": ""})
    assert refused.status_code == 200 and not Goal.objects.filter(unit=world.committee).exists()
    saved = controller.post(
        url,
        {
            "level": "committee",
            "title": "Fler patienter ska få vård i tid.",
            "parent": regional.pk,
            "first_year": 2023,
        },
    )
    assert saved.status_code == 302
    goal = Goal.objects.get(unit=world.committee)
    assert goal.parent == regional
    edit = reverse("planning:goal_edit", args=[goal.pk])
    assert (
        controller.post(
            edit, {"level": "committee", "title": "Ny lydelse", "version": goal.version}
        ).status_code
        == 302
    )
    stale = controller.post(edit, {"level": "committee", "title": "Krock", "version": goal.version})
    assert stale.status_code == 200 and "Krock" not in Goal.objects.get(pk=goal.pk).title
    a_url = reverse("planning:assignment_create", args=[world.committee.pk])
    assert (
        controller.post(
            a_url, {"text": "Utred barntraumateam.", "goal": regional.pk, "year": 2023}
        ).status_code
        == 302
    )
    reader = login(world.reader)
    assert reader.get(url).status_code == 403
    assert reader.get(edit).status_code == 403
    assert login(world.outsider).get(edit).status_code == 404
