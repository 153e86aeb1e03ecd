"""Signing in through the provider, as a person's browser does it, with the HTTP client."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from organisation.models import Role, RoleAssignment, User
from tests.conftest import World
from tests.sign_in.fake_provider import CLIENT_ID, ISSUER, FakeProvider, sign_in


def _karin(**extra: object) -> dict[str, object]:
    return {"sub": "k-1", "preferred_username": "karin", "given_name": "Karin"} | extra


def test_the_start_sends_the_person_to_the_provider_with_state_nonce_and_pkce(
    client: Client, db: None, provider: FakeProvider
) -> None:
    response = client.get("/inloggning/oidc/", {"next": "/organisation/"})
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{ISSUER}/authorize"
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert query["client_id"] == CLIENT_ID
    assert query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256"
    assert len(query["state"]) >= 32 and len(query["nonce"]) >= 32
    assert query["redirect_uri"] == "http://testserver/inloggning/oidc/callback/"
    assert query["state"] in client.session["oidc_states"]


def test_a_matched_person_with_a_role_lands_where_they_were_going(
    client: Client, world: World, provider: FakeProvider
) -> None:
    provider.claims = _karin()
    start = client.get("/inloggning/oidc/", {"next": "/organisation/"})
    code = provider.authorize(start["Location"])
    state = provider.codes[code]["state"]
    response = client.get("/inloggning/oidc/callback/", {"code": code, "state": state})
    assert response.status_code == 302
    assert response["Location"] == "/organisation/"
    assert client.get("/").context["user"] == world.controller


def test_the_start_page_follows_a_sign_in_without_next(
    client: Client, world: World, provider: FakeProvider
) -> None:
    provider.claims = _karin()
    response = sign_in(client, provider)
    assert response["Location"] == "/"
    assert "Välkommen, Karin" in client.get("/").content.decode()


def test_a_state_is_used_once(client: Client, world: World, provider: FakeProvider) -> None:
    provider.claims = _karin()
    start = client.get("/inloggning/oidc/")
    code = provider.authorize(start["Location"])
    state = provider.codes[code]["state"]
    client.get("/inloggning/oidc/callback/", {"code": code, "state": state})
    client.logout()
    again = client.get("/inloggning/oidc/callback/", {"code": code, "state": state})
    assert again.status_code == 400
    assert "Inloggningen kunde inte slutföras" in again.content.decode()


def test_an_unknown_state_ends_on_a_swedish_page_and_is_logged(
    client: Client, world: World, provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    client.get("/inloggning/oidc/")
    with caplog.at_level(logging.WARNING):
        response = client.get("/inloggning/oidc/callback/", {"code": "c", "state": "forged"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Inloggningen kunde inte slutföras" in page
    assert "Tillbaka till inloggningssidan" in page
    assert "unknown or missing state" in caplog.text
    assert "_auth_user_id" not in client.session


def test_denied_consent_ends_on_a_swedish_page_and_is_logged(
    client: Client, world: World, provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    start = client.get("/inloggning/oidc/")
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    with caplog.at_level(logging.WARNING):
        response = client.get(
            "/inloggning/oidc/callback/",
            {"error": "access_denied", "error_description": "consent refused", "state": state},
        )
    assert response.status_code == 403
    page = response.content.decode()
    assert "Inloggningen avbröts" in page
    assert "Region JH-konto" in page
    assert "access_denied consent refused" in caplog.text
    assert state not in client.session["oidc_states"]


def test_a_provider_that_does_not_answer_ends_on_a_swedish_page(
    client: Client, db: None, oidc_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    oidc_on.OIDC_ISSUER = "http://127.0.0.1:9"
    oidc_on.OIDC_TIMEOUT = 2
    with caplog.at_level(logging.ERROR):
        response = client.get("/inloggning/oidc/")
    assert response.status_code == 502
    assert "Inloggningstjänsten svarar inte" in response.content.decode()
    assert "Sign-in could not start" in caplog.text


def test_a_provider_that_fails_at_the_token_ends_on_a_swedish_page(
    client: Client, world: World, provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    provider.claims = _karin()
    provider.token_status = 503
    with caplog.at_level(logging.ERROR):
        response = sign_in(client, provider)
    assert response.status_code == 502
    assert "Inloggningstjänsten svarar inte" in response.content.decode()
    assert "Sign-in failed at the provider" in caplog.text
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "change",
    [
        {"nonce": "another-nonce"},
        {"aud": "another-client"},
        {"iss": "https://login.example.se/another"},
        {"exp": 1},
    ],
    ids=["nonce", "audience", "issuer", "expired"],
)
def test_an_id_token_that_does_not_check_out_signs_nobody_in(
    client: Client, world: World, provider: FakeProvider, change: dict[str, object]
) -> None:
    provider.claims = _karin()
    provider.id_token_changes = change
    response = sign_in(client, provider)
    assert response.status_code == 502
    assert "inte kunde godta" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_person_styr_does_not_know_is_refused_where_people_are_not_created(
    client: Client, world: World, provider: FakeProvider
) -> None:
    provider.claims = {"sub": "x-1", "preferred_username": "ny.person", "given_name": "Ny"}
    response = sign_in(client, provider)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Du är inte användare i styr" in page
    assert not User.objects.filter(username="ny.person").exists()
    assert "_auth_user_id" not in client.session


def test_a_new_person_is_created_in_the_region_where_allowed_and_told_they_have_no_role(
    client: Client, world: World, provider: FakeProvider, oidc_on: Any
) -> None:
    oidc_on.OIDC_CREATE_PEOPLE = True
    oidc_on.OIDC_NEW_PERSON_REGION = "RJH"
    world.admin.email = "admin@example.se"
    world.admin.save()
    provider.claims = {
        "sub": "x-1",
        "preferred_username": "ny.person",
        "given_name": "Ny",
        "family_name": "Person",
        "email": "ny.person@example.se",
    }
    response = sign_in(client, provider)
    assert response.status_code == 302
    assert response["Location"] == "/inloggning/ingen-roll/"
    person = User.objects.get(username="ny.person")
    assert (person.region, person.get_full_name(), person.email) == (
        world.region,
        "Ny Person",
        "ny.person@example.se",
    )
    assert not person.has_usable_password()
    created = person.history.earliest()
    assert (created.history_type, created.history_user) == ("+", None)  # by the system
    page = client.get(response["Location"])
    text = page.content.decode()
    assert page.status_code == 200
    assert "Du har ingen roll i styr än" in text
    assert "Region Jämtland Härjedalen" in text
    assert 'href="mailto:admin@example.se"' in text
    assert "Karin" not in text  # only the region's administrators are named


def test_an_unverified_email_identifies_nobody(
    client: Client, world: World, provider: FakeProvider, oidc_on: Any
) -> None:
    oidc_on.OIDC_MATCH_CLAIM = "email"
    oidc_on.OIDC_MATCH_FIELD = "email"
    world.controller.email = "karin@example.se"
    world.controller.save()
    provider.claims = {"sub": "k-1", "email": "karin@example.se", "email_verified": False}
    response = sign_in(client, provider)
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    provider.claims["email_verified"] = True
    assert sign_in(client, provider)["Location"] == "/"


def test_a_deactivated_person_is_refused(
    client: Client, world: World, provider: FakeProvider
) -> None:
    world.controller.is_active = False
    world.controller.save()
    provider.claims = _karin()
    response = sign_in(client, provider)
    assert response.status_code == 403
    assert "Ditt konto i styr är inaktiverat" in response.content.decode()


def test_a_person_deactivated_after_signing_in_is_signed_out(
    client: Client, world: World, provider: FakeProvider
) -> None:
    provider.claims = _karin()
    sign_in(client, provider)
    User.objects.filter(pk=world.controller.pk).update(is_active=False)
    assert client.get("/")["Location"].startswith("/logga-in/")


def test_group_roles_are_added_at_sign_in_and_hand_given_roles_kept(
    client: Client, world: World, provider: FakeProvider, group_roles: Callable[[str], Path]
) -> None:
    group_roles(
        "- {group: hsn-readers, unit: HSN, role: reader}\n"
        "- {group: medicin-owners, unit: Division Medicin, role: owner, managed: true}\n"
    )
    hand_given = RoleAssignment.objects.create(
        user=world.nobody, unit=world.board, role=Role.READER
    )
    provider.claims = {"sub": "n-1", "preferred_username": "utan.roll", "groups": ["hsn-readers"]}
    provider.userinfo = {"sub": "n-1"}  # groups only in the ID token, as Entra ID gives them
    assert sign_in(client, provider)["Location"] == "/"
    held = set(world.nobody.role_assignments.values_list("unit__name", "role"))
    assert held == {("Hälso- och sjukvårdsnämnden", "reader"), ("Regionstyrelsen", "reader")}
    assert RoleAssignment.objects.filter(pk=hand_given.pk).exists()


def test_a_managed_group_role_is_removed_when_the_group_is_gone_even_if_given_by_hand(
    client: Client, world: World, provider: FakeProvider, group_roles: Callable[[str], Path]
) -> None:
    group_roles(
        "- {group: hsn-controllers, unit: HSN, role: controller, managed: true}\n"
        "- {group: hsn-readers, unit: HSN, role: reader}\n"
    )
    RoleAssignment.objects.create(user=world.nobody, unit=world.committee, role=Role.READER)
    provider.claims = {"sub": "n-1", "preferred_username": "utan.roll", "groups": []}
    RoleAssignment.objects.create(user=world.nobody, unit=world.committee, role=Role.CONTROLLER)
    sign_in(client, provider)
    held = set(world.nobody.role_assignments.values_list("role", flat=True))
    assert held == {"reader"}  # the unmanaged reader role stays although the group is gone


def test_a_person_whose_groups_give_no_role_sees_the_no_role_page(
    client: Client, world: World, provider: FakeProvider, group_roles: Callable[[str], Path]
) -> None:
    group_roles("- {group: hsn-readers, unit: HSN, role: reader}\n")
    provider.claims = {"sub": "n-1", "preferred_username": "utan.roll", "groups": ["other"]}
    assert sign_in(client, provider)["Location"] == "/inloggning/ingen-roll/"


def test_the_no_role_page_sends_a_person_with_a_role_to_the_start(
    client: Client, world: World
) -> None:
    client.force_login(world.controller)
    assert client.get("/inloggning/ingen-roll/")["Location"] == "/"


def test_with_the_provider_off_its_addresses_do_not_exist(client: Client, world: World) -> None:
    assert client.get("/inloggning/oidc/").status_code == 404
    assert client.get("/inloggning/oidc/callback/", {"code": "c", "state": "s"}).status_code == 404
