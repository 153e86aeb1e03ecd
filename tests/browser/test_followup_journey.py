"""Lena's first week of May: the worklist, a pasted column, two rejected values fixed."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from followup.models import Outcome
from tests.browser.conftest import assert_accessible
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db(transaction=True)

PASTE = """
(text) => {
  const input = document.getElementById('women-1');
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const options = {clipboardData: data, bubbles: true, cancelable: true};
  input.dispatchEvent(new ClipboardEvent('paste', options));
}
"""


def test_paste_fix_and_save(
    log_in, live_server: Any, world: World, followup_world: FollowupWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Uppföljning").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Arbetslista")
    expect(page.get_by_text("2 mått ska rapporteras")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Registrera utfall").click()
    assert_accessible(page)
    # Women and men copied as two columns from the spreadsheet, one value wrong.
    page.evaluate(PASTE, "75\t70\n7OO\t500\n")
    expect(page.get_by_label("Män, 1 Andel patienter som fått frågan om våld")).to_have_value("70")
    expect(page.get_by_label("Kvinnor, 2 Antal suicidriskbedömningar")).to_have_value("7OO")
    page.get_by_label("Totalt, 1 Andel patienter som fått frågan om våld").fill("72,5")
    page.get_by_label("Totalt, 2 Antal suicidriskbedömningar").fill("1 250")
    page.get_by_role("button", name="Spara alla").click()
    expect(page.get_by_role("alert")).to_contain_text("Ingenting sparades")
    expect(page.get_by_role("alert")).to_contain_text("”7OO” är inte ett tal")
    assert_accessible(page)
    assert not Outcome.objects.exists()
    page.get_by_label("Kvinnor, 2 Antal suicidriskbedömningar").fill("700")
    page.get_by_role("button", name="Spara alla").click()
    # Swedish numbers: the thousands are grouped with a (non-breaking) space.
    expect(page.get_by_role("alert")).to_contain_text(
        re.compile(r"Kvinnor och män blir tillsammans 1\s200, inte totalen 1\s250")
    )
    page.get_by_label("Totalt, 2 Antal suicidriskbedömningar").fill("1 200")
    page.get_by_label("Kommentar, 2 Antal suicidriskbedömningar").fill(
        "Fler bedömningar än i fjol."
    )
    page.get_by_role("button", name="Spara alla").click()
    expect(page.get_by_role("status").first).to_contain_text("2 utfall sparades")
    assert Outcome.objects.count() == 2
    page.goto(f"{live_server.url}/uppfoljning/matt/{followup_world.indicators[0].pk}/")
    expect(
        page.get_by_role("img", name="Andel patienter som fått frågan om våld över tid")
    ).to_be_visible()
    assert_accessible(page)


def test_scorecard_on_a_phone(
    log_in, live_server: Any, world: World, followup_world: FollowupWorld
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    Outcome.objects.create(
        indicator=indicator,
        period=followup_world.period,
        unit=world.committee,
        total=72,
        women=75,
        men=70,
    )
    page: Page = log_in("per")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(
        f"{live_server.url}/uppfoljning/styrkort/?period={followup_world.period.pk}&enhet={world.committee.pk}"
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text("Styrkort")
    expect(page.get_by_role("table").first).to_contain_text("Uppfyllt")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_accessible(page)


def test_periods_and_judgement_pages(
    log_in, live_server: Any, world: World, followup_world: FollowupWorld
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    outcome = Outcome.objects.create(
        indicator=indicator, period=followup_world.period, unit=world.committee, total=72
    )
    page: Page = log_in("karin")
    page.goto(f"{live_server.url}/uppfoljning/utfall/{outcome.pk}/bedom/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bedöm")
    assert_accessible(page)
    page.goto(f"{live_server.url}/uppfoljning/perioder/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Perioder")
    assert_accessible(page)
    page.goto(f"{live_server.url}/verksamhetsplan/enhet/{world.committee.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verksamhetsplan")
    assert_accessible(page)
    page.goto(f"{live_server.url}/internkontroll/matriser/")
    assert_accessible(page)
    page.goto(f"{live_server.url}/verksamhetsplan/enhet/{world.committee.pk}/nytt-matt/")
    page.get_by_label("Namn", exact=True).fill("Andel rökfria")
    page.get_by_label("Målvärde", exact=True).fill("Så bra som möjligt")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_contain_text("Målvärdet kan inte läsas som en regel")
    assert_accessible(page)
    page.get_by_label("Målvärde", exact=True).fill("Minst 80 %")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Andel rökfria")
    assert_accessible(page)


def test_record_the_adoption_of_the_operational_plan(
    log_in, live_server: Any, world: World, followup_world: FollowupWorld
) -> None:  # type: ignore[no-untyped-def]
    page: Page = log_in("karin")
    page.goto(f"{live_server.url}/verksamhetsplan/enhet/{world.committee.pk}/")
    page.get_by_role("link", name="Registrera antagande").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Registrera antagandet")
    page.get_by_label("Antagen den").fill("2099-02-12")
    page.get_by_role("button", name="Registrera antagandet").click()
    expect(page.get_by_text("Antagandedatumet kan inte ligga i framtiden.").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Antagen den").fill("2026-02-12")
    page.get_by_label("Beslutsparagraf").fill("§ 14")
    page.get_by_role("button", name="Registrera antagandet").click()
    expect(page.get_by_text("Planen som den antogs av")).to_be_visible()
    expect(page.get_by_role("heading", name="God och nära vård", exact=False)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Visa planen som den är i dag").click()
    expect(page.get_by_text("Planen som den är i dag.", exact=False)).to_be_visible()
    assert_accessible(page)
