"""Economy in balance in the browser: the owner of the measure on hired staff updates its
calculation and reports February's realised effect with the indicator, and sees the
shortfall sentence change; Per reads the consolidated page on a 390 px phone."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Browser, Page, expect

from economy.models import RealisedEffect
from tests.browser.conftest import assert_accessible
from tests.conftest import PASSWORD, World
from tests.economy.measures_world import MeasuresWorld, make_measures_world

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def measures_world(world: World) -> MeasuresWorld:
    return make_measures_world(world)


SHORT = re.compile(r"Åtgärderna täcker [\d,\s]+ av 120 mkr")
REALISED = re.compile(r"Realiserat hittills")


def _balance(live_server: Any, world: World) -> str:
    return f"{live_server.url}{reverse('economy:balance', args=[world.committee.pk])}?ar=2025"


def _sentence(page: Page, pattern: re.Pattern[str]) -> str:
    return re.sub(r"\s+", " ", page.get_by_text(pattern).first.inner_text())


def test_the_hired_staff_calculation_and_februarys_effect(
    log_in: Callable[[str], Page], live_server: Any, world: World, measures_world: MeasuresWorld
) -> None:
    page: Page = log_in("anders")
    page.goto(_balance(live_server, world))
    before = _sentence(page, SHORT)
    assert before == "Åtgärderna täcker 18,1 av 120 mkr; 102 mkr saknas."
    realised_before = _sentence(page, REALISED)
    assert_accessible(page)
    page.goto(live_server.url + measures_world.hired_staff.get_absolute_url())
    assert_accessible(page)
    page.get_by_role("link", name="Ändra beräkningen för 2025").click()
    assert_accessible(page)
    page.get_by_label("Indata 1: värde", exact=True).fill("14")
    page.get_by_role("button", name="Spara").click()
    expect(
        page.get_by_text(re.compile(r"14\sårsarbeten × 1\s450\stkr = 20\s300\stkr"))
    ).to_be_visible()
    page.get_by_role("link", name="Rapportera hemtagningseffekt").click()
    assert_accessible(page)
    page.get_by_label("År", exact=True).fill("2025")
    page.get_by_label("Månad", exact=True).select_option("2")
    page.get_by_label("Beräkning", exact=True).select_option(
        str(measures_world.staff_calculation.pk)
    )
    page.get_by_label(re.compile("Faktiskt värde: Färre inhyrda årsarbeten")).fill("13")
    page.get_by_label("Indikatorns utfall som visar effekten").select_option(
        str(measures_world.february_outcome.pk)
    )
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("cell", name=re.compile("Februari 2025"))).to_be_visible()
    february = page.get_by_role("row", name=re.compile("Februari 2025"))
    expect(february.get_by_role("link", name="Inhyrda årsarbeten")).to_be_visible()
    effect = RealisedEffect.objects.get()
    assert effect.month == 2 and effect.indicator_outcome == measures_world.february_outcome
    page.goto(_balance(live_server, world))
    after = _sentence(page, SHORT)
    assert after != before and after.endswith("mkr saknas.")
    assert _sentence(page, REALISED) != realised_before


def test_per_reads_economy_in_balance_on_a_phone(
    browser: Browser, live_server: Any, world: World, measures_world: MeasuresWorld
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="sv-SE")
    page = context.new_page()
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill("per")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")
    page.goto(_balance(live_server, world))
    expect(page.get_by_text(SHORT).first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Minskad hyrbemanning")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Minskad hyrbemanning")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)
    context.close()
