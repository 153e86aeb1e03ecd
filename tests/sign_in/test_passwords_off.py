"""Local passwords switched off for everyone but the named administrators, and left on."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory

from tests.conftest import PASSWORD, World

REFUSED = "Lösenord i styr är avstängda utom för utsedda administratörer"


@pytest.fixture
def passwords_off(oidc_on: Any) -> Any:
    oidc_on.LOCAL_PASSWORDS = False
    oidc_on.LOCAL_PASSWORD_ADMINISTRATORS = ["admin"]
    return oidc_on


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_the_log_in_page_offers_only_the_provider_and_a_link_for_administrators(
    client: Client, world: World, passwords_off: Any
) -> None:
    page = client.get("/logga-in/").content.decode()
    assert "Logga in med Region JH-konto" in page
    assert 'name="password"' not in page
    assert 'href="/logga-in/losenord/"' in page


@pytest.mark.parametrize("address", ["/logga-in/", "/logga-in/losenord/"])
def test_the_password_form_refuses_a_person_who_is_no_named_administrator(
    client: Client, world: World, passwords_off: Any, address: str
) -> None:
    response = client.post(address, {"username": "karin", "password": PASSWORD})
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not _signed_in(client)


def test_a_named_administrator_logs_in_with_a_password(
    client: Client, world: World, passwords_off: Any
) -> None:
    page = client.get("/logga-in/losenord/").content.decode()
    assert 'name="password"' in page
    response = client.post("/logga-in/losenord/", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"] == world.admin


def test_a_wrong_password_of_an_administrator_is_refused_as_usual(
    client: Client, world: World, passwords_off: Any
) -> None:
    response = client.post("/logga-in/losenord/", {"username": "admin", "password": "fel"})
    page = response.content.decode()
    assert "Användarnamnet eller lösenordet är fel" in page
    assert REFUSED not in page
    assert not _signed_in(client)


def test_the_password_check_itself_refuses_people_who_are_not_named(
    world: World, passwords_off: Any
) -> None:
    request = RequestFactory().post("/logga-in/")
    assert authenticate(request, username="karin", password=PASSWORD) is None
    assert authenticate(request, username="admin", password=PASSWORD) == world.admin


def test_with_passwords_on_the_page_offers_both_and_a_password_still_works(
    client: Client, world: World, oidc_on: Any
) -> None:
    page = client.get("/logga-in/").content.decode()
    assert "Logga in med Region JH-konto" in page
    assert 'name="password"' in page
    response = client.post("/logga-in/", {"username": "karin", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"] == world.controller


def test_with_the_provider_off_the_log_in_page_is_as_before(client: Client, world: World) -> None:
    page = client.get("/logga-in/").content.decode()
    assert "Logga in med" not in page
    assert 'name="password"' in page
    assert "/logga-in/losenord/" not in page
    response = client.post("/logga-in/", {"username": "karin", "password": PASSWORD})
    assert response.status_code == 302
