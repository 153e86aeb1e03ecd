"""The regional board publishes its plan to the region: a committee's controller reads its
risks and takes one into the committee's plan; everything else of the plan stays private."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from internal_control.models import Action, ControlPlan, Risk
from internal_control.services.actions import create_action
from internal_control.services.plans import create_plan
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.internal_control_views.test_api import auth

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404


@dataclass
class BoardPlan:
    plan: ControlPlan
    risk: Risk
    action: Action


@pytest.fixture
def board_plan(world: World, control_world: ControlWorld) -> BoardPlan:
    plan = create_plan(
        world.admin,
        world.board,
        year=2022,
        title="Regionstyrelsens internkontrollplan 2022",
        matrix=control_world.matrix,
    )
    risk = Risk.objects.create(
        plan=plan,
        number=14,
        title="Kompetensbrist, avsaknad av resurser",
        treatment="reduce",
        owner_title="HR-dir",
    )
    action = create_action(
        world.admin,
        plan,
        risks=[risk],
        title="Genomföra kompetensförsörjningsaktiviteter",
        owner_title="HR-dir",
    )
    return BoardPlan(plan, risk, action)


def _publish(client: Client, plan: ControlPlan, published: bool = True) -> int:
    plan.refresh_from_db()
    response = client.post(
        reverse("internal_control:plan_publish", args=[plan.pk]),
        {"version": plan.version, "published": "on" if published else ""},
    )
    return int(response.status_code)


def test_a_published_plan_s_risks_are_read_by_the_region_s_controllers_only(
    world: World, board_plan: BoardPlan, login
) -> None:  # type: ignore[no-untyped-def]
    risk_url = reverse("internal_control:risk", args=[board_plan.risk.pk])
    assert login(world.controller).get(risk_url).status_code == NOT_FOUND
    assert _publish(login(world.controller), board_plan.plan) == NOT_FOUND
    assert _publish(login(world.admin), board_plan.plan) == 302
    board_plan.plan.refresh_from_db()
    assert board_plan.plan.published_to_region
    expected = dict(
        admin=OK, controller=OK, owner=NOT_FOUND, reader=NOT_FOUND, auditor=OK, outsider=NOT_FOUND
    )
    for persona, status in expected.items():
        assert login(world.persona(persona)).get(risk_url).status_code == status, persona
    client = login(world.controller)
    page = client.get(risk_url).content.decode()
    assert "Genomföra kompetensförsörjningsaktiviteter" in page
    # The rest of the plan stays with the board: no plan, action, edit or history for Karin.
    assert board_plan.plan.get_absolute_url() not in page
    assert board_plan.action.get_absolute_url() not in page
    for url, status in (
        (board_plan.plan.get_absolute_url(), NOT_FOUND),
        (board_plan.action.get_absolute_url(), NOT_FOUND),
        (reverse("reports:control_plan_pdf", args=[board_plan.plan.pk]), NOT_FOUND),
        (reverse("internal_control:risk_edit", args=[board_plan.risk.pk]), FORBIDDEN),
        (reverse("audit:object", args=["risk", board_plan.risk.pk]), FORBIDDEN),
    ):
        assert client.get(url).status_code == status, url
    register = client.get(reverse("internal_control:register")).content.decode()
    assert "Kompetensbrist" in register
    assert "Regionstyrelsens internkontrollplan 2022</option>" in register
    # Publishing ends: the risk is the board's own again.
    assert _publish(login(world.admin), board_plan.plan, published=False) == 302
    assert login(world.controller).get(risk_url).status_code == NOT_FOUND


def test_a_controller_takes_a_risk_from_the_published_plan_into_the_committee_s(
    world: World, control_world: ControlWorld, board_plan: BoardPlan, login, client: Client
) -> None:  # type: ignore[no-untyped-def]
    take_url = reverse("internal_control:risk_take", args=[control_world.plan.pk])
    karin = login(world.controller)
    assert "Kompetensbrist" not in karin.get(take_url).content.decode()
    _publish(login(world.admin), board_plan.plan)
    karin = login(world.controller)
    assert (
        "Regionstyrelsens internkontrollplan 2022: 14. Kompetensbrist"
        in karin.get(take_url).content.decode()
    )
    response = karin.post(take_url, {"risk": board_plan.risk.pk})
    assert response.status_code == 302
    taken = control_world.plan.risks.get(title="Kompetensbrist, avsaknad av resurser")
    assert taken.owner_title == "HR-dir" and taken.number == 4
    risks = client.get(
        f"/api/internal-control/risks?plan_id={board_plan.plan.pk}", **auth(world.controller)
    ).json()
    assert [r["number"] for r in risks] == [14]


def test_only_those_who_change_a_plan_publish_it(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = control_world.plan
    assert _publish(login(world.reader), plan) == FORBIDDEN
    assert _publish(login(world.owner), plan) == FORBIDDEN
    assert _publish(login(world.outsider), plan) == NOT_FOUND
    client = login(world.controller)
    html = client.get(plan.get_absolute_url()).content.decode()
    assert "Publicera riskerna för regionen" in html
    assert _publish(client, plan) == 302
    html = client.get(plan.get_absolute_url()).content.decode()
    assert "Riskerna är publicerade för regionens controller." in html
    assert "Sluta publicera riskerna" in html
    assert plan.history.first().history_user == world.controller  # type: ignore[attr-defined]
