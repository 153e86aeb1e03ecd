"""The JSON API: tokens, sessions, the same permissions as the pages, conflicts."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from organisation.models import ApiToken, Unit
from organisation.services.tokens import create_api_token
from tests.conftest import World


def bearer(user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    _token, raw = create_api_token(user, "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_openapi_is_published(client: Client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "styr API"
    assert "/api/units" in spec["paths"]
    assert "/api/people" in spec["paths"]
    assert "/api/roles" in spec["paths"]
    assert client.get("/api/docs").status_code == 200


def test_anonymous_gets_401(world: World, client: Client) -> None:
    assert client.get("/api/units").status_code == 401


def test_token_lists_only_visible_units(world: World, client: Client) -> None:
    units = client.get("/api/units", **bearer(world.controller)).json()
    names = {u["name"] for u in units}
    assert {"Hälso- och sjukvårdsnämnden", "Division Medicin", "Akutvård"} <= names
    assert "Regionstyrelsen" not in names
    assert "Region Norrbotten" not in names


def test_revoked_token_is_refused(world: World, client: Client) -> None:
    token, raw = create_api_token(world.admin, "gammal")
    client.post(reverse("organisation:token_revoke", args=[token.pk]))  # anonymous: no effect
    assert client.get("/api/units", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    client.force_login(world.admin)
    client.post(reverse("organisation:token_revoke", args=[token.pk]))
    client.logout()
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None
    assert client.get("/api/units", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_profile_shows_a_new_token_once(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.reader)
    page = client.post(reverse("organisation:profile"), {"name": "datalager"}).content.decode()
    token = ApiToken.objects.get(user=world.reader)
    assert "styr_" in page
    assert token.key_hash not in page
    assert (
        "styr_"
        not in client.get(reverse("organisation:profile")).content.decode().split("<code>")[0]
    )


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("admin", 200),
        ("controller", 403),
        ("owner", 403),
        ("reader", 403),
        ("auditor", 403),
        ("outsider", 404),
    ],
)
def test_update_unit_same_permissions_as_pages(
    world: World, client: Client, persona: str, status: int
) -> None:
    response = client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Akuten"}),
        content_type="application/json",
        **bearer(world.persona(persona)),
    )
    assert response.status_code == status


def test_update_conflict_is_409_with_changes(world: World, client: Client) -> None:
    headers = bearer(world.admin)
    first = client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Akuten"}),
        content_type="application/json",
        **headers,
    )
    assert first.status_code == 200
    assert first.json()["version"] == 2
    second = client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Akutmottagningen"}),
        content_type="application/json",
        **headers,
    )
    assert second.status_code == 409
    body = second.json()
    assert body["current_version"] == 2
    assert body["changes"][0]["before"] == "Akutvård"
    assert body["changes"][0]["after"] == "Akuten"
    assert Unit.objects.get(pk=world.area.pk).name == "Akuten"


def test_create_unit_with_bad_data_writes_nothing(world: World, client: Client) -> None:
    before = Unit.objects.count()
    response = client.post(
        "/api/units",
        data=json.dumps({"parent_id": world.division.pk, "name": "x" * 300, "kind": "area"}),
        content_type="application/json",
        **bearer(world.admin),
    )
    assert response.status_code == 422
    assert Unit.objects.count() == before


def test_session_api_write_needs_csrf(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.admin)
    assert client.get("/api/units").status_code == 200
    response = client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Utan CSRF"}),
        content_type="application/json",
    )
    assert response.status_code in (401, 403)
    assert Unit.objects.get(pk=world.area.pk).name == "Akutvård"


def test_roles_through_api(world: World, client: Client) -> None:
    headers = bearer(world.admin)
    created = client.post(
        "/api/roles",
        data=json.dumps({"user_id": world.nobody.pk, "unit_id": world.area.pk, "role": "reader"}),
        content_type="application/json",
        **headers,
    )
    assert created.status_code == 201
    assignment_id = created.json()["id"]
    listed = client.get(f"/api/roles?user_id={world.nobody.pk}", **headers).json()
    assert [r["id"] for r in listed] == [assignment_id]
    assert (
        client.delete(f"/api/roles/{assignment_id}", **bearer(world.controller)).status_code == 403
    )
    assert client.delete(f"/api/roles/{assignment_id}", **bearer(world.outsider)).status_code == 404
    assert client.delete(f"/api/roles/{assignment_id}", **headers).status_code == 204


def test_history_through_api(world: World, client: Client) -> None:
    headers = bearer(world.admin)
    client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Akuten"}),
        content_type="application/json",
        **headers,
    )
    versions = client.get(f"/api/history/unit/{world.area.pk}", **bearer(world.auditor)).json()
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[1]["changed_by"] == "admin"
    assert versions[1]["changes"] == [
        {"field": "name", "label": "namn", "before": "Akutvård", "after": "Akuten"}
    ]
    assert (
        client.get(f"/api/history/unit/{world.area.pk}", **bearer(world.reader)).status_code == 403
    )
    assert (
        client.get(f"/api/history/unit/{world.area.pk}", **bearer(world.outsider)).status_code
        == 404
    )


def test_people_through_api(world: World, client: Client) -> None:
    people = client.get("/api/people", **bearer(world.outsider)).json()
    assert [p["username"] for p in people] == ["lena"]
    created = client.post(
        "/api/people",
        data=json.dumps({"username": "ny", "first_name": "Ny"}),
        content_type="application/json",
        **bearer(world.admin),
    )
    assert created.status_code == 201
    assert created.json()["region_id"] == world.region.pk
