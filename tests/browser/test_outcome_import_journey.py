"""Karin reads a tertial's outcomes from a spreadsheet on her phone: a row whose women and
men do not add up to the total is named and nothing is saved; fixed, the file is large
enough to be saved by a worker, and its page follows the save. axe-core on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from followup.models import Outcome
from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import World
from tests.followup_views.conftest import make_followup_world

pytestmark = pytest.mark.django_db(transaction=True)

HEADER = "Enhet;Period;Mått;Totalt;Kvinnor;Män;Kommentar\r\n"
GOOD = HEADER + "HSN;DÅ04 2022;1;72,5;;;Ökar\r\nHSN;DÅ04 2022;2;120;70;50;\r\n"
BAD = GOOD.replace("120;70;50", "120;70;40")


def _upload(page: Page, content: str) -> None:
    page.get_by_label("Fil", exact=True).set_input_files(
        {"name": "utfall-da04.csv", "mimeType": "text/csv", "buffer": content.encode("cp1252")}
    )
    page.get_by_role("button", name="Ladda upp och granska").click()


def test_outcomes_read_from_a_file_on_a_phone(
    log_in: Any, live_server: Any, world: World, settings: Any
) -> None:
    make_followup_world(world)
    settings.IMPORT_IN_BACKGROUND_ROWS = 2
    page: Page = log_in("karin")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/uppfoljning/")
    page.get_by_role("link", name="Läs in utfall från en fil").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Läs in en fil: Utfall per enhet och period"
    )
    assert_accessible(page)
    assert_fits(page)

    _upload(page, BAD)
    expect(page.get_by_role("alert")).to_contain_text(
        "Rad 3, Totalt: Kvinnor och män blir tillsammans 110, inte totalen 120."
    )
    expect(page.get_by_role("button", name="Spara allt")).to_have_count(0)
    assert_accessible(page)
    assert_fits(page)
    assert not Outcome.objects.exists()

    page.get_by_role("link", name="Ladda upp filen igen").click()
    _upload(page, GOOD)
    expect(page.get_by_text("2 rader ger 2 utfall")).to_be_visible()
    assert_accessible(page)
    assert_fits(page)
    page.get_by_role("button", name="Spara allt").click()
    # The test settings' queue runs the worker's task at once: the page shows how it went.
    expect(page.get_by_role("heading", level=1)).to_have_text("Sparar utfall-da04.csv")
    expect(page.get_by_role("status")).to_contain_text("Sparad: 2 utfall sparades.")
    assert_accessible(page)
    assert_fits(page)
    assert Outcome.objects.count() == 2
