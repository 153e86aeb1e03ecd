"""Pages shared by the whole region name only the objects the person may read."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.test import Client
from django.urls import reverse

from tests.permissions.world import PermWorld


def test_a_matrix_lists_only_the_plans_one_may_read(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    url = reverse("internal_control:matrix", args=[perm_world.matrix.pk])
    committee = as_persona("controller").get(url).content.decode()
    assert perm_world.plan.title in committee
    assert perm_world.board_plan.title not in committee
    region = as_persona("admin").get(url).content.decode()
    assert perm_world.board_plan.title in region


def test_the_start_page_offers_the_history_export_to_those_who_may_export(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    export = reverse("audit:export")
    assert export in as_persona("auditor").get(reverse("home")).content.decode()
    assert export not in as_persona("reader").get(reverse("home")).content.decode()


def test_a_risk_owner_is_offered_their_risk_but_not_the_plan(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    page = as_persona("owner").get(reverse("internal_control:risk", args=[perm_world.risk.pk]))
    html = page.content.decode()
    assert reverse("internal_control:risk_edit", args=[perm_world.risk.pk]) in html
    assert reverse("internal_control:risk_links", args=[perm_world.risk.pk]) not in html
    assert reverse("internal_control:action_create", args=[perm_world.plan.pk]) not in html


def test_a_person_page_names_only_the_units_one_may_see(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    url = reverse("organisation:person", args=[perm_world.board_controller.pk])
    board = perm_world.base.board.name
    assert board not in as_persona("controller").get(url).content.decode()
    assert board in as_persona("admin").get(url).content.decode()


def test_a_units_plan_holds_its_own_measures_and_actions_not_those_above_or_beside(
    perm_world: PermWorld, as_persona: Callable[[str], Client]
) -> None:
    w = perm_world
    client = as_persona("reader")
    page = client.get(
        reverse("planning:plan", args=[w.base.committee.pk]) + f"?ar={w.plan_year}"
    ).content.decode()
    read = client.get(f"/api/planning/plans/{w.base.committee.pk}/{w.plan_year}").json()
    api = json.dumps(read, ensure_ascii=False)
    for plan in (page, api):
        assert w.council_goal.title in plan  # the goal above, as context
        assert w.indicator.name in plan
        assert w.board_indicator.name not in plan
        assert w.board_action.title not in plan
        assert w.council_indicator.name not in plan
    board = as_persona("admin").get(
        reverse("planning:plan", args=[w.base.board.pk]) + f"?ar={w.plan_year}"
    )
    assert w.board_indicator.name in board.content.decode()
    assert w.board_action.title in board.content.decode()
