"""The administrator's and the auditor's journeys through the organisation pages, with axe."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible
from tests.conftest import World

pytestmark = pytest.mark.django_db(transaction=True)


def test_login_page_is_accessible(page: Page, live_server: Any, world: World) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga in i styr")
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("admin")
    page.get_by_label("Lösenord").fill("fel-losenord")
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("alert")).to_contain_text("Användarnamnet eller lösenordet är fel")
    assert_accessible(page)


def test_administrator_manages_the_tree(log_in, live_server: Any, world: World) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("admin")
    assert_accessible(page)
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Organisation"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Organisation")
    assert_accessible(page)
    page.get_by_role("link", name="Division Medicin").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Division Medicin")
    assert_accessible(page)

    # Add an area under the division; the empty name is refused first, tied to its field.
    page.get_by_role("link", name="Lägg till en enhet under denna").click()
    assert_accessible(page)
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_contain_text("Namn")
    expect(page.get_by_label("Namn", exact=True)).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)
    page.get_by_label("Namn", exact=True).fill("Hjärta, neurologi och rehab")
    page.get_by_label("Typ").select_option("area")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("skapades")

    # Rename it, then see both versions in the history.
    page.get_by_role("link", name="Ändra").click()
    assert_accessible(page)
    page.get_by_label("Namn", exact=True).fill("Hjärta och rehab")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hjärta och rehab")
    page.get_by_role("link", name="Historik").click()
    expect(
        page.get_by_role("heading", name="Version 2 · Changed").or_(
            page.get_by_role("heading", name="Version 2 · Ändrad")
        )
    ).to_be_visible()
    expect(page.get_by_role("cell", name="Hjärta, neurologi och rehab").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Tillbaka till Hjärta och rehab").click()

    # Move and close pages.
    page.get_by_role("link", name="Flytta").click()
    assert_accessible(page)
    page.go_back()
    page.get_by_role("link", name="Stäng", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Stängd från och med").fill("2026-12-31")
    page.get_by_role("button", name="Stäng enheten").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stängd")
    assert_accessible(page)


def test_administrator_manages_people(log_in, live_server: Any, world: World) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("admin")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Personer").click()
    assert_accessible(page)
    page.get_by_role("link", name="Lägg till en person").click()
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("ny.person")
    page.get_by_label("Förnamn").fill("Ny")
    page.get_by_label("Efternamn").fill("Person")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny Person")
    assert_accessible(page)
    page.get_by_label("Enhet", exact=True).select_option(label="— — — — Akutvård")
    page.get_by_label("Roll", exact=True).select_option("owner")
    page.get_by_role("button", name="Ge rollen").click()
    expect(page.get_by_role("cell", name="Akutvård", exact=True)).to_be_visible()
    page.get_by_role("link", name="Ändra").click()
    assert_accessible(page)
    page.get_by_role("link", name="Admin").first.click()
    assert_accessible(page)


def test_profile_token_and_language(log_in, live_server: Any, world: World) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.get_by_role("link", name="Karin").click()
    assert_accessible(page)
    page.get_by_label("Nyckelns namn").fill("datalager")
    page.get_by_role("button", name="Skapa nyckel").click()
    expect(page.get_by_label("Nyckel", exact=True)).to_have_value(re.compile("^styr_"))
    assert_accessible(page)
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    assert_accessible(page)


def test_auditor_exports_history(log_in, live_server: Any, world: World) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("maria")
    page.get_by_role("link", name="Exportera historik som kalkylblad").click()
    assert_accessible(page)
    page.get_by_label("Från och med").fill("2026-01-01")
    page.get_by_label("Till och med").fill("2025-01-01")
    page.get_by_role("button", name="Ladda ned kalkylblad").click()
    expect(page.get_by_role("alert")).to_contain_text("Slutdatumet")
    assert_accessible(page)


def test_error_pages_are_accessible(log_in, live_server: Any, world: World) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("per")
    page.goto(f"{live_server.url}/organisation/enhet/{world.area.pk}/andra/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Du har inte behörighet att göra detta"
    )
    assert_accessible(page)
    page.goto(f"{live_server.url}/organisation/enhet/{world.other_division.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sidan hittades inte")
    assert_accessible(page)


@pytest.mark.parametrize("width", [320, 390])
def test_pages_reflow_on_a_phone(log_in, live_server: Any, world: World, width: int) -> None:  # type: ignore[no-untyped-def]
    """WCAG 1.4.10: at 320 CSS pixels (1280 at 400 %) nothing needs sideways scrolling."""
    page: Page = log_in("admin")
    page.set_viewport_size({"width": width, "height": 800})
    for path in [
        "/",
        "/organisation/",
        f"/organisation/enhet/{world.division.pk}/",
        "/organisation/personer/",
        f"/organisation/enhet/{world.division.pk}/andra/",
        f"/historik/unit/{world.division.pk}/",
    ]:
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        assert_accessible(page)


def test_keyboard_skip_link_and_focus(page: Page, live_server: Any, world: World) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    outline = skip.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
