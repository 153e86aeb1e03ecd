"""The seed documents as users meet them in the browser: the division's April 2022 scorecard,
a measure's time series, and the committee's operational plan 2023 with its budget."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_PASSWORD = "styr-demo-2026"


def _log_in(page: Page, live_server: Any, username: str) -> Page:
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    return page


def test_scorecard_and_plan_of_the_seeds(page: Page, live_server: Any) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    _log_in(page, live_server, "lena")
    page.goto(f"{live_server.url}/uppfoljning/styrkort/")
    page.get_by_label("Period", exact=True).select_option(label="DÅ04 2022")
    page.get_by_label("Enhet", exact=True).select_option(label="Division Länssjukvård 1")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Division Länssjukvård 1")
    expect(page.get_by_text("Ej uppfyllt: 12")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Strategiskt mål: God nära och samordnad vård")
    ).to_be_visible()
    expect(page.get_by_text("Utfallet 51\u00a0% når inte målet minst 100\u00a0%.")).to_be_visible()
    assert_accessible(page)
    # The report is made in the background while its progress is shown, then downloaded.
    page.get_by_role("button", name="Ladda ned rapporten som PDF").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("(PDF)")
    link = page.get_by_role("link", name=re.compile(r"Ladda ned .*\.pdf"))
    expect(link).to_be_visible(timeout=60_000)
    expect(page.get_by_role("status")).to_contain_text("Klart")
    assert_accessible(page)
    pdf = page.request.get(live_server.url + str(link.get_attribute("href")))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    page.go_back()
    page.get_by_role("link", name="Antal patienter som fått fråga om våld i nära relation").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("våld i nära relation")
    assert_accessible(page)

    page.context.clear_cookies()
    _log_in(page, live_server, "per")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Organisation"
    ).click()
    page.get_by_role("link", name="Hälso- och sjukvårdsnämnden").first.click()
    page.get_by_role("link", name="Verksamhetsplan").click()
    page.get_by_label("År", exact=True).select_option("2023")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Verksamhetsplan 2023: Hälso- och sjukvårdsnämnden"
    )
    expect(page.get_by_role("heading", name="Strategi: Vård")).to_be_visible()
    assert_accessible(page)

    # Per reads the committee's report on his phone: the goals, then the R4 risks and actions.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/uppfoljning/styrkort/")
    page.get_by_label("Period", exact=True).select_option(label="DÅ08 2025")
    page.get_by_label("Enhet", exact=True).select_option(label="Hälso- och sjukvårdsnämnden")
    page.get_by_role("button", name="Visa").click()
    risks = page.get_by_role("region", name="Risker i den allvarligaste klassen", exact=True)
    expect(risks).to_contain_text("är 7 risker i den allvarligaste klassen")
    expect(risks.get_by_role("link", name=re.compile(r"^25\. "))).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)
