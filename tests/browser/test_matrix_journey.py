"""Region Norrbotten has no risk matrix: its administrator makes a 5 × 5 on the pages, on a
phone, and then the region's first internal control plan on it. Every page is checked with
axe-core."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from internal_control.models import RiskMatrix
from tests.browser.conftest import assert_accessible
from tests.conftest import World

pytestmark = pytest.mark.django_db(transaction=True)

CLASSES = [("L", "Acceptera"), ("M", "Följ upp"), ("H", "Åtgärda"), ("MH", "Åtgärda omedelbart")]


def test_norrbotten_makes_its_matrix_and_its_first_plan(
    log_in, live_server: Any, world: World
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("lena")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/internkontroll/ny/{world.other_region.pk}/")
    expect(page.get_by_role("status")).to_contain_text("Din region har ingen riskmatris ännu")
    assert_accessible(page)
    page.get_by_role("link", name="Gör regionens riskmatris").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny riskmatris")
    assert_accessible(page)
    page.get_by_label("En tom matris i den storlek jag väljer").check()
    page.get_by_label("Antal nivåer för sannolikhet").fill("5")
    page.get_by_label("Antal nivåer för konsekvens").fill("5")
    page.get_by_label("Antal riskklasser").fill("4")
    page.get_by_role("button", name="Fortsätt").click()
    expect(page.get_by_role("group", name="Klass 4 (högst)")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Matrisens namn").fill("Norrbottens riskmatris")
    page.get_by_label("Namn på sannolikhetsskalan").fill("Sannolikhet")
    page.get_by_label("Namn på konsekvensskalan").fill("Konsekvens")
    for number, (code, response) in enumerate(CLASSES, start=1):
        group = page.locator("fieldset").filter(has=page.locator(f"#id_class_{number}_code"))
        group.get_by_label("Kod").fill(code)
        group.get_by_label("Föreskriven hantering").fill(response)
    # A colour too dark for the text is refused, naming the class.
    page.locator("#id_class_4_colour").fill("#b00020")
    page.get_by_role("button", name="Gör matrisen").click()
    expect(page.get_by_role("alert")).to_contain_text("Klass MH: färgen #b00020")
    assert_accessible(page)
    page.locator("#id_class_4_colour").fill("#ffc2c2")
    page.get_by_role("button", name="Gör matrisen").click()
    expect(page.get_by_role("status")).to_contain_text("Matrisen Norrbottens riskmatris gjordes")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.goto(f"{live_server.url}/internkontroll/ny/{world.other_region.pk}/")
    page.get_by_label("Titel").fill("Internkontrollplan 2027")
    page.get_by_label("År").fill("2027")
    page.get_by_label("Riskmatris").select_option(label="Norrbottens riskmatris (1)")
    page.get_by_role("button", name="Skapa planen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Internkontrollplan 2027")
    assert_accessible(page)
    assert RiskMatrix.objects.filter(unit=world.other_region).count() == 1
