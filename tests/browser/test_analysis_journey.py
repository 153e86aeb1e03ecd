"""Lena, controller of Division Länssjukvård 1, writes the analysis of a measure in the April
2022 report on a phone: previewed, saved with a forecast, read on the scorecard, and read by
the seed's own analyses; nothing scrolls sideways and axe-core finds nothing on any page."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from followup.models import Analysis
from tests.browser.conftest import assert_accessible, assert_fits

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_PASSWORD = "styr-demo-2026"
SHOTS = "var/screenshots"

TEXT = (
    "Sjukfrånvaron ökar jämfört med föregående år.\n\n"
    "- Genomlysa bemanningen\n"
    "- Se över schemamodeller"
)


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_lena_writes_a_measures_analysis_with_a_forecast_on_a_phone(
    page: Page, live_server: Any
) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill("lena")
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/uppfoljning/styrkort/")
    page.get_by_label("Period", exact=True).select_option(label="DÅ04 2022")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Division Länssjukvård 1")
    _checked(page)

    # The seed's own analysis of a measure is read from the scorecard.
    falls = page.get_by_role("row", name="Vårdrelaterade fallskador hos äldre")
    falls.get_by_role("link", name="Analys", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Analys: Mått: Vårdrelaterade fallskador hos äldre"
    )
    expect(page.get_by_label("Analys", exact=True)).to_have_value(
        Analysis.objects.get(indicator__name="Vårdrelaterade fallskador hos äldre").text
    )
    _checked(page)
    page.go_back()

    absence = page.get_by_role("row", name="Sjukfrånvaro")
    absence.get_by_role("link", name="Skriv analys", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Analys: Mått: Sjukfrånvaro")
    expect(page.get_by_role("main")).to_contain_text("Målvärde")
    _checked(page)
    page.get_by_label("Analys", exact=True).fill(TEXT)
    page.get_by_label("Prognos för helåret").select_option(label="Ej uppfyllt")
    page.get_by_role("button", name="Förhandsgranska").click()
    preview = page.locator(".chapter-preview")
    expect(preview.get_by_role("listitem")).to_have_text(
        ["Genomlysa bemanningen", "Se över schemamodeller"]
    )
    assert not Analysis.objects.filter(indicator__name="Sjukfrånvaro").exists()
    _checked(page)
    page.screenshot(path=f"{SHOTS}/analysis-390.png", full_page=True)
    page.get_by_role("button", name="Spara", exact=True).click()

    expect(page.get_by_role("status")).to_contain_text("Analysen sparades.")
    written = Analysis.objects.get(indicator__name="Sjukfrånvaro")
    assert (written.forecast, written.written_by.username) == ("not_met", "lena")  # type: ignore[union-attr]
    expect(absence.get_by_role("link", name="Analys", exact=True)).to_have_accessible_description(
        "Sjukfrånvaro"
    )
    expect(absence).to_contain_text("(prognos: ej uppfyllt)")
    _checked(page)
    page.screenshot(path=f"{SHOTS}/scorecard-390.png", full_page=True)
