"""The scorecard, the outcome grid and the risk register on a phone and at 200 % zoom.

With the seeds' real content (Division Länssjukvård 1's April 2022 scorecard, the
health-care committee's internal control plan 2025): nothing scrolls sideways, no word is
broken in the middle, axe-core finds nothing, and each row takes a few lines, not a page.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Page, expect

from followup.models import Period, PeriodStatus
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_PASSWORD = "styr-demo-2026"

# A phone, and a 1280 × 900 laptop screen at 200 % zoom (CSS pixels, drawn at scale 2).
SCREENS = {"phone": (390, 844), "zoom200": (640, 450)}

# Words of the page's tables that wrap over two lines although they would fit on one.
BROKEN_WORDS = """
() => {
  const broken = [];
  for (const cell of document.querySelectorAll('main th, main td, main caption')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility()) continue;
      const re = /[^\\s\\/\\-\u2013]+/g;  // a line may break after / and -
      let match;
      while ((match = re.exec(node.data)) !== null) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        const width = range.getBoundingClientRect().width;
        const room = node.parentElement.closest('th, td, caption').clientWidth;
        if (lines.size > 1 && width < room) broken.push(match[0]);
      }
    }
  }
  return broken;
}
"""


def _page(browser: Browser, live_server: Any, screen: str, username: str) -> Page:
    width, height = SCREENS[screen]
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=2, locale="sv-SE"
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    return page


def _reads_well(page: Page, rows: str, per_row: int) -> None:
    """No sideways scrolling, no broken word, axe-clean, and at most `per_row` px a row."""
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert page.evaluate(BROKEN_WORDS) == []
    count = page.locator(rows).count()
    assert count > 0
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 1500 + per_row * count, f"{height}px for {count} rows"
    assert_accessible(page)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_scorecard_grid_and_register_on_narrow_screens(
    browser: Browser, live_server: Any, screen: str
) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    april = Period.objects.get(unit__name="Region Norrbotten", year=2022, name="DÅ04")
    Period.objects.filter(pk=april.pk).update(status=PeriodStatus.OPEN)

    page = _page(browser, live_server, screen, "lena")
    page.goto(f"{live_server.url}/uppfoljning/styrkort/")
    page.get_by_label("Period", exact=True).select_option(label="DÅ04 2022")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Division Länssjukvård 1")
    measure = page.get_by_role("row", name="Antal patienter som fått fråga om våld i nära relation")
    expect(measure).to_contain_text("Kvinnor")  # each value is labelled on a narrow screen
    expect(measure.get_by_role("cell", name="203", exact=True)).to_be_visible()
    _reads_well(page, "table.scorecard tbody tr", per_row=400)

    unit = page.get_by_label("Enhet", exact=True).input_value()
    page.goto(f"{live_server.url}/uppfoljning/utfall/{april.pk}/{unit}/")
    women = page.get_by_label("Kvinnor, Antal patienter som fått fråga om våld i nära relation")
    expect(women).to_have_value("203")
    expect(women).to_be_visible()
    _reads_well(page, "table.grid tbody tr", per_row=330)

    # A closed period's grid says which period it is and who can open it again.
    august = Period.objects.get(unit=april.unit, year=2022, name="DÅ08")
    page.goto(f"{live_server.url}/uppfoljning/utfall/{august.pk}/{unit}/")
    expect(page.get_by_role("main")).to_contain_text("DÅ08 2022 (2022-01-01 till 2022-08-31)")
    expect(page.get_by_role("heading", name="Vem kan öppna den igen")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)

    page.context.close()
    page = _page(browser, live_server, screen, "karin")
    page.goto(f"{live_server.url}/internkontroll/risker/")
    expect(page.get_by_role("table")).to_contain_text("26 risker")
    expect(page.get_by_role("link", name="Risk att vårdskador inte förebyggs")).to_be_visible()
    _reads_well(page, "table.register tbody tr", per_row=260)
    page.context.close()
