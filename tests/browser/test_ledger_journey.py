"""Karin uploads February's ledger export: one bad cost centre is named and nothing is saved;
she maps the cost centre and uploads again, and it is saved; the same file again is refused.
Then the economy's pages on a phone."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from economy.models import FinancialOutcome, LedgerImport
from economy.services.budget import set_budget_amounts
from organisation.access import SYSTEM
from tests.browser.conftest import assert_accessible
from tests.conftest import World
from tests.economy.conftest import LEDGER, EconomyWorld

pytestmark = pytest.mark.django_db(transaction=True)

BAD = LEDGER.replace("202502;1200;4510", "202502;4711;4510")


def _upload(page: Page, live_server: Any, content: str) -> None:
    page.goto(f"{live_server.url}/inlasning/huvudbok/")
    page.get_by_label("Fil", exact=True).set_input_files(
        {"name": "huvudbok-februari.csv", "mimeType": "text/csv", "buffer": content.encode()}
    )
    page.get_by_role("button", name="Ladda upp och granska").click()


def _no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, page.url


def test_bad_cost_centre_named_mapped_then_saved_and_the_same_file_refused(
    log_in, live_server: Any, world: World, economy_world: EconomyWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.goto(f"{live_server.url}/inlasning/huvudbok/")
    assert_accessible(page)
    _upload(page, live_server, BAD)
    problems = page.get_by_role("alert")
    expect(problems).to_contain_text("Rad 6, Ansvar: ”4711” är inte kopplat till någon enhet")
    expect(page.get_by_role("button", name="Spara allt")).to_have_count(0)
    assert_accessible(page)
    assert not LedgerImport.objects.exists() and not FinancialOutcome.objects.exists()

    problems.get_by_role("link", name="Ansvar och enheter").click()
    assert_accessible(page)
    page.get_by_label("Ansvar", exact=True).fill("4711")
    page.get_by_label("Enhet", exact=True).select_option(str(economy_world.kirurgi.pk))
    page.get_by_role("button", name="Koppla", exact=True).click()
    expect(page.get_by_role("table")).to_contain_text("4711")

    _upload(page, live_server, BAD)
    expect(page.get_by_role("heading", name="Det här sparas")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Spara allt").click()
    expect(page.get_by_role("status").first).to_be_visible()
    assert LedgerImport.objects.count() == 1
    assert FinancialOutcome.objects.filter(unit=economy_world.kirurgi).exists()

    _upload(page, live_server, BAD)
    expect(page.get_by_text("Filen lästes redan in").first).to_be_visible()
    assert_accessible(page)
    assert LedgerImport.objects.count() == 1


def test_the_economy_pages_on_a_phone(
    log_in, live_server: Any, world: World, economy_world: EconomyWorld
) -> None:  # type: ignore[no-untyped-def]
    frame = economy_world.frame
    for unit in (world.division, economy_world.kirurgi):
        amounts = dict.fromkeys(economy_world.cost_types.values(), Decimal("-1234.5"))
        set_budget_amounts(SYSTEM, frame, unit, "frame", amounts)
    page: Page = log_in("karin")
    page.set_viewport_size({"width": 390, "height": 844})
    _upload(page, live_server, LEDGER)
    _no_sideways_scroll(page)
    page.get_by_role("button", name="Spara allt").click()
    for path in (
        "/ekonomi/",
        f"/ekonomi/ram/{frame.pk}/",
        f"/ekonomi/ram/{frame.pk}/avvikelse/",
        "/ekonomi/kostnadsslag/",
        "/ekonomi/ansvar/",
        "/ekonomi/konton/",
        "/ekonomi/periodisering/",
        "/inlasning/huvudbok/",
    ):
        page.goto(f"{live_server.url}{path}")
        _no_sideways_scroll(page)
        assert_accessible(page)
