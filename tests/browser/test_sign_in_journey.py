"""Signing in through a real OpenID Connect provider on the loopback, in the browser, with axe."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from organisation.models import User
from organisation.sign_in.provider import forget_discovery
from tests.browser.conftest import assert_accessible
from tests.browser.oidc_provider import RunningProvider, oidc_provider  # noqa: F401 (fixture)
from tests.conftest import World

pytestmark = pytest.mark.django_db(transaction=True)

PROVIDER_NAME = "Region JH-konto"


@pytest.fixture
def oidc_on(settings: Any, oidc_provider: RunningProvider) -> Iterator[Any]:  # noqa: F811
    settings.OIDC_ENABLED = True
    settings.OIDC_ISSUER = oidc_provider.issuer
    settings.OIDC_RP_CLIENT_ID = oidc_provider.client_id
    settings.OIDC_RP_CLIENT_SECRET = oidc_provider.client_secret
    settings.OIDC_PROVIDER_NAME = PROVIDER_NAME
    settings.OIDC_MATCH_CLAIM = "preferred_username"
    settings.OIDC_MATCH_FIELD = "username"
    settings.OIDC_CREATE_PEOPLE = False
    settings.OIDC_NEW_PERSON_REGION = ""
    settings.OIDC_GROUP_ROLES_FILE = ""
    settings.LOCAL_PASSWORDS = False
    settings.LOCAL_PASSWORD_ADMINISTRATORS = ["admin"]
    forget_discovery()
    yield settings
    forget_discovery()


def _sign_in_at_the_provider(page: Page, live_server: Any, login: str) -> None:
    """From styr's log-in page through the provider's own log-in and consent pages."""
    page.goto(f"{live_server.url}/logga-in/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in i styr")
    # Passwords are off: the provider's button, and a link for the administrators only.
    expect(page.get_by_label("Lösenord")).to_have_count(0)
    expect(page.get_by_role("link", name="logga in med lösenord")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=f"Logga in med {PROVIDER_NAME}").click()

    page.wait_for_url(f"{oidc_provider_origin(page)}/interaction/**")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("any password")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()


def oidc_provider_origin(page: Page) -> str:
    scheme, rest = page.url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}"


def test_a_controller_signs_in_through_the_provider_and_lands_on_the_start_page(
    page: Page, live_server: Any, world: World, oidc_on: Any
) -> None:
    _sign_in_at_the_provider(page, live_server, "karin")
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Karin")
    expect(page.get_by_role("heading", name="Dina roller")).to_be_visible()
    expect(page.get_by_role("link", name="Hälso- och sjukvårdsnämnden")).to_be_visible()
    assert_accessible(page)


def test_a_new_person_without_a_role_is_told_whom_to_ask(
    page: Page, live_server: Any, world: World, oidc_on: Any
) -> None:
    oidc_on.OIDC_CREATE_PEOPLE = True
    oidc_on.OIDC_NEW_PERSON_REGION = "RJH"
    _sign_in_at_the_provider(page, live_server, "ny.medarbetare")
    page.wait_for_url(f"{live_server.url}/inloggning/ingen-roll/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Du har ingen roll i styr än")
    expect(page.get_by_text("Du är inloggad som Ny Medarbetare")).to_be_visible()
    expect(
        page.get_by_text("Be någon av administratörerna i Region Jämtland Härjedalen")
    ).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Admin")).to_be_visible()
    assert_accessible(page)
    person = User.objects.get(username="ny.medarbetare")
    assert person.region == world.region
    assert not person.role_assignments.exists()


def test_an_administrator_keeps_the_password_form_when_passwords_are_off(
    page: Page, live_server: Any, world: World, oidc_on: Any
) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_role("link", name="logga in med lösenord").click()
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("karin")
    page.get_by_label("Lösenord").fill("correct-horse-battery")
    page.get_by_role("button", name="Logga in", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Lösenord i styr är avstängda")
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("admin")
    page.get_by_label("Lösenord").fill("correct-horse-battery")
    page.get_by_role("button", name="Logga in", exact=True).click()
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Välkommen, Admin")


def test_cancelling_at_the_provider_ends_on_a_swedish_page(
    page: Page, live_server: Any, world: World, oidc_on: Any
) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_role("link", name=f"Logga in med {PROVIDER_NAME}").click()
    page.wait_for_url(f"{oidc_provider_origin(page)}/interaction/**")
    page.get_by_role("link", name="[ Cancel ]").click()
    page.wait_for_url(f"{live_server.url}/inloggning/oidc/callback/**")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggningen avbröts")
    expect(page.get_by_text(f"Du slutförde inte inloggningen med {PROVIDER_NAME}")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Tillbaka till inloggningssidan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in i styr")
