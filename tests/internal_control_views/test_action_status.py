"""An action has no status until someone reports one: every page, document and the API say
"not reported" instead of a status nobody gave."""

from __future__ import annotations

import datetime
import json
import re
from typing import get_args

from django.test import Client
from django.urls import reverse

from internal_control.api.schemas import ActionStatusValue
from internal_control.models import REPORTED_STATUSES, Action, PlanAdoption
from internal_control.plan_document import build_plan_document
from internal_control.services.actions import create_action
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.internal_control_views.test_api import post


def _unreported(world: World, control_world: ControlWorld) -> Action:
    return create_action(
        world.controller,
        control_world.plan,
        risks=[control_world.risks[2]],
        title="Utse en ansvarig för PKS-arbetet",
        owner=world.owner,
        deadline=datetime.date(2099, 6, 30),
    )


def test_a_new_action_is_not_reported_on_every_page(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    action = _unreported(world, control_world)
    assert action.status == ""
    client = login(world.owner)
    for url in (
        reverse("internal_control:action", args=[action.pk]),
        reverse("internal_control:mine"),
        reverse("internal_control:risk", args=[control_world.risks[2].pk]),
        reverse("internal_control:plan", args=[control_world.plan.pk]),
    ):
        html = client.get(url).content.decode()
        shown = re.sub(r"<select.*?</select>", "", html, flags=re.S)  # the report form's choices
        assert "Ej rapporterad" in shown, url
        assert "Ej påbörjad" not in shown, url


def test_the_report_form_asks_for_a_status_and_offers_none_beforehand(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    action = _unreported(world, control_world)
    client = login(world.owner)
    url = reverse("internal_control:action_report", args=[action.pk])
    html = client.get(url).content.decode()
    assert '<option value="" selected>Välj en status</option>' in html
    response = client.post(url, {"status": "", "comment": "Arbetet har börjat."})
    assert response.status_code == 200
    action.refresh_from_db()
    assert action.status == "" and not action.updates.exists()
    client.post(url, {"status": "in_progress", "comment": "Arbetet har börjat."})
    action.refresh_from_db()
    assert action.get_status_display() == "Pågår"


def test_follow_up_and_register_count_actions_not_reported(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    action = _unreported(world, control_world)
    client = login(world.controller)
    html = client.get(
        reverse("internal_control:followup_status", args=[control_world.plan.pk])
    ).content.decode()
    assert f'<a href="{action.get_absolute_url()}">Åtgärd {action.number}</a></li>' in html
    register = reverse("internal_control:register")
    html = client.get(register).content.decode()
    assert '<option value="ej-rapporterad">Ej rapporterad</option>' in html
    html = client.get(register, {"atgardsstatus": "ej-rapporterad"}).content.decode()
    assert "PKS-arbetet" in html  # risk 3 has the action nobody reported on
    assert "basala hygienregler" not in html  # risk 2's action is in progress


def test_the_api_gives_no_status_to_an_action_nobody_reported_on(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    created = post(
        client,
        f"/api/internal-control/plans/{control_world.plan.pk}/actions",
        {"title": "Ny åtgärd", "owner_title": "HR-dir", "deadline": "2099-12-31"},
        world.controller,
    )
    assert created.status_code == 201, created.content  # type: ignore[attr-defined]
    assert created.json()["status"] is None  # type: ignore[attr-defined]
    action_id = created.json()["id"]  # type: ignore[attr-defined]
    refused = post(
        client,
        f"/api/internal-control/actions/{action_id}/reports",
        {"status": "", "comment": "Något."},
        world.controller,
    )
    assert refused.status_code == 422  # type: ignore[attr-defined]
    schema = json.loads(client.get("/api/openapi.json").content)["components"]["schemas"]
    status = schema["ActionOut"]["properties"]["status"]
    assert {"type": "null"} in status["anyOf"]
    assert "planned" in json.dumps(status) and '""' not in json.dumps(status)


def test_an_old_snapshot_prints_not_reported_for_an_action_nobody_reported_on(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _unreported(world, control_world)
    # A snapshot of the first shape: no shape number, statuses stored as labels, and the
    # default status printed for the action nobody had reported on.
    snapshot = build_plan_document(control_world.plan)
    del snapshot["shape"]
    for action in snapshot["actions"]:
        action["status"] = "Pågår" if action["number"] == 1 else "Ej påbörjad"
    PlanAdoption.objects.create(
        plan=control_world.plan,
        adopted_on=datetime.date(2025, 1, 20),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 3",
        snapshot=snapshot,
    )
    html = (
        login(world.reader)
        .get(reverse("internal_control:plan", args=[control_world.plan.pk]), {"version": "antagen"})
        .content.decode()
    )
    assert "Ej påbörjad" not in html
    assert "Ej rapporterad" in html
    assert "Pågår" in html  # a status that was not the default stays as it was adopted


def test_the_api_s_statuses_are_the_statuses_an_owner_reports() -> None:
    (choice,) = get_args(ActionStatusValue)[1:]
    assert set(choice.values) == {value for value, _label in REPORTED_STATUSES}
