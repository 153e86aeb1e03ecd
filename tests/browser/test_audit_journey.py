"""Maria, auditor, in February: the committee's answer to the review of economic strategy and
planning, the follow-up of its five recommendations, and the follow-up report as PDF; every
page axe-clean and readable on a 390 px phone without sideways scrolling."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_PASSWORD = "styr-demo-2026"
TITLE = "Granskning av ekonomisk strategi och planering"


def _log_in(page: Page, live_server: Any, username: str) -> None:
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")


def _readable(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_auditor_follows_up_the_recommendations(
    page: Page, live_server: Any, width: int
) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    page.set_viewport_size({"width": width, "height": 900})
    _log_in(page, live_server, "maria")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Granskningar"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Granskningar")
    _readable(page)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text("Den samlade bedömningen är att").first).to_be_visible()
    for number in range(1, 6):
        expect(page.get_by_role("heading", name=f"Rekommendation {number}")).to_be_visible()
    # The auditor reads and writes nothing.
    expect(page.get_by_role("link", name="Ändra granskningen")).to_have_count(0)
    _readable(page)
    page.get_by_role("link", name="Uppföljning av rekommendationerna").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Uppföljning av rekommendationerna"
    )
    expect(page.get_by_text("Ej rapporterad").first).to_be_visible()
    _readable(page)
    page.get_by_role("button", name="Ladda ned som PDF").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("(PDF)")
    link = page.get_by_role("link", name=re.compile(r"Ladda ned .*\.pdf"))
    expect(link).to_be_visible(timeout=60_000)
    _readable(page)
    pdf = page.request.get(live_server.url + str(link.get_attribute("href")))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
