"""A form posted twice saves once; a value beyond its field's limit saves nothing."""

from __future__ import annotations

import json
import re

from django.urls import reverse

from internal_control.models import ActionUpdate, Risk
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

VALID = {"treatment": "reduce", "owner_title": "HR-direktör"}


def _token(html: str) -> str:
    found = re.search(r'name="submission" value="([0-9a-f]{32})"', html)
    assert found, "the form carries a one-time token"
    return found.group(1)


def test_a_new_risk_posted_twice_is_created_once(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("internal_control:risk_create", args=[control_world.plan.pk])
    token = _token(client.get(url).content.decode())
    before = Risk.objects.count()
    data = {**VALID, "title": "Risk att bemanningen inte räcker", "submission": token}
    first = client.post(url, data)
    second = client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    assert Risk.objects.count() == before + 1
    # A new page of the form is a new form: it saves a new risk.
    again = _token(client.get(url).content.decode())
    assert again != token
    assert client.post(url, data | {"submission": again}).status_code == 302
    assert Risk.objects.count() == before + 2


def test_a_form_shown_again_with_errors_keeps_its_token(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("internal_control:risk_create", args=[control_world.plan.pk])
    token = _token(client.get(url).content.decode())
    refused = client.post(url, {**VALID, "title": "", "submission": token})
    assert refused.status_code == 200
    assert _token(refused.content.decode()) == token
    before = Risk.objects.count()
    assert client.post(url, {**VALID, "title": "Ny risk", "submission": token}).status_code == 302
    assert Risk.objects.count() == before + 1


def test_an_action_report_posted_twice_is_kept_once(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    action = control_world.plan.actions.first()
    assert action is not None
    client = login(world.controller)
    url = reverse("internal_control:action_report", args=[action.pk])
    token = _token(client.get(url).content.decode())
    data = {"status": "in_progress", "comment": "Arbetet pågår.", "submission": token}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert ActionUpdate.objects.filter(action=action, comment="Arbetet pågår.").count() == 1


def test_an_over_long_risk_title_is_refused_on_the_page_and_in_the_api(
    world: World, control_world: ControlWorld, client, login
) -> None:  # type: ignore[no-untyped-def]
    before = Risk.objects.count()
    page = login(world.controller).post(
        reverse("internal_control:risk_create", args=[control_world.plan.pk]),
        {**VALID, "title": "x" * 2_000_000},
    )
    assert page.status_code == 200
    assert "högst 10\u00a0000 tecken" in page.content.decode()
    raw = create_api_token(world.controller, "t")[1]
    api = client.post(
        f"/api/internal-control/plans/{control_world.plan.pk}/risks",
        data=json.dumps({**VALID, "title": "x" * 20_000}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert api.status_code == 422
    assert "title" in api.json()["errors"]
    assert Risk.objects.count() == before
