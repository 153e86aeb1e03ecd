"""Every refusal of the API is JSON with a Swedish detail; a 422 names each refused field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from organisation.models import Unit, User
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.internal_control_views.conftest import ControlWorld


def _auth(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def _send(client: Client, method: str, url: str, body: Any, user: User) -> Any:
    return getattr(client, method)(
        url, data=json.dumps(body), content_type="application/json", **_auth(user)
    )


def test_a_wrong_type_in_the_body_is_named_by_its_row_and_field(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    indicator = followup_world.indicators[0]
    body = {
        "period_id": followup_world.period.pk,
        "unit_id": world.committee.pk,
        "rows": [
            {"indicator_id": indicator.pk, "total": "72"},
            {"indicator_id": indicator.pk, "total": 5},
        ],
    }
    response = _send(client, "post", "/api/follow-up/outcomes", body, world.controller)
    assert response.status_code == 422
    assert response.json() == {
        "detail": "Några värden i anropet är inte giltiga.",
        "errors": {"rows.2.total": ["rows.2.total måste vara en text."]},
    }


def test_a_query_parameter_that_is_no_number_is_named(world: World, client: Client) -> None:
    response = client.get("/api/follow-up/periods?year=tjugo", **_auth(world.admin))
    assert response.status_code == 422
    assert response.json()["errors"] == {"year": ["year måste vara ett heltal."]}


def test_a_version_that_is_no_whole_number_is_a_swedish_422(world: World, client: Client) -> None:
    for version in ["två", 1.5, None]:
        response = _send(
            client, "patch", f"/api/units/{world.area.pk}", {"version": version}, world.admin
        )
        assert response.status_code == 422, version
        assert list(response.json()["errors"]) == ["version"]
        assert "version" in response.json()["errors"]["version"][0]
    assert Unit.objects.get(pk=world.area.pk).version == 1


def test_a_missing_field_and_a_bad_choice_are_named(world: World, client: Client) -> None:
    response = _send(client, "post", "/api/units", {"kind": "avdelning"}, world.admin)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["parent_id"] == ["parent_id måste anges."]
    assert errors["name"] == ["name måste anges."]
    # A unit under an organisation is neither a region nor a municipality.
    assert errors["kind"][0].startswith("kind måste vara ett av 'council', 'board'")
    assert errors["kind"][0].endswith("eller 'unit'.")


def test_a_text_longer_than_its_field_is_refused_before_saving(
    world: World, client: Client
) -> None:
    body = {"parent_id": world.division.pk, "name": "x" * 201, "kind": "area"}
    response = _send(client, "post", "/api/units", body, world.admin)
    assert response.json()["errors"] == {"name": ["name får vara högst 200 tecken lång."]}


def test_a_nul_character_is_refused(world: World, client: Client) -> None:
    body = {"parent_id": world.division.pk, "name": "Akut\x00vård", "kind": "area"}
    response = _send(client, "post", "/api/units", body, world.admin)
    assert response.status_code == 422
    assert response.json()["errors"] == {"name": ["name innehåller tecken som inte kan sparas."]}


def test_null_for_a_field_that_cannot_be_empty_is_refused_not_stored(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    # Left out, a field keeps its value; null would reach a NOT NULL column.
    risk = control_world.risks[0]
    body = {"version": risk.version, "requirement_type": None}
    response = _send(client, "patch", f"/api/internal-control/risks/{risk.pk}", body, world.admin)
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["requirement_type"]


def test_malformed_json_is_a_swedish_400(world: World, client: Client) -> None:
    response = client.post(
        "/api/units", data="{inte json", content_type="application/json", **_auth(world.admin)
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Anropets innehåll är inte giltig JSON."}


def test_a_body_that_is_not_json_is_a_swedish_415(world: World, client: Client) -> None:
    response = client.post(
        "/api/units",
        data="parent_id=1&name=Akuten",
        content_type="application/x-www-form-urlencoded",
        **_auth(world.admin),
    )
    assert response.status_code == 415
    assert response.json() == {
        "detail": "Skicka innehållet som JSON (Content-Type: application/json)."
    }


def test_not_found_is_a_swedish_404(world: World, client: Client) -> None:
    response = client.get(f"/api/units/{world.other_division.pk}", **_auth(world.controller))
    assert response.status_code == 404
    assert response.json() == {"detail": "Det finns inget sådant, eller så får du inte se det."}


@pytest.mark.parametrize("path", ["/api/", "/api/finns-inte", "/api/units/1/finns-inte"])
def test_an_unknown_address_is_a_json_404(world: World, client: Client, path: str) -> None:
    response = client.get(path, **_auth(world.admin))
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": "Det finns ingen sådan adress i API:et."}


def test_a_method_not_allowed_is_a_json_405(world: World, client: Client) -> None:
    response = client.delete("/api/units", **_auth(world.admin))
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "POST"}
    assert response.json() == {
        "detail": f"Metoden DELETE är inte tillåten här; använd {response['Allow']}."
    }


def test_without_a_valid_token_the_answer_is_a_swedish_401(db: None, client: Client) -> None:
    expected = {"detail": "Logga in, eller skicka en giltig API-token (Authorization: Bearer …)."}
    assert client.get("/api/units").json() == expected
    response = client.post(
        "/api/units", data="{}", content_type="application/json", HTTP_AUTHORIZATION="Bearer x"
    )
    # A write without a session is unauthenticated, not a failed CSRF check.
    assert response.status_code == 401
    assert response.json() == expected


def test_a_session_write_without_csrf_is_a_swedish_403(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.admin)
    response = client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Utan CSRF"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response.json() == {
        "detail": "CSRF-kontrollen misslyckades: skicka sessionens CSRF-token."
    }
