"""Per, committee member, on his phone: the committees' year, his committee's 2025 month by
month, and an address that puts its meetings and deadlines in his own calendar. axe-core on
every page, and no page wider than the phone."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible, assert_fits
from tests.committee.conftest import make_year_world
from tests.conftest import World
from tests.followup_views.conftest import make_followup_world

pytestmark = pytest.mark.django_db(transaction=True)


def _seen(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_per_reads_the_committees_year_and_takes_it_to_his_calendar(
    log_in: Any, live_server: Any, world: World
) -> None:
    make_year_world(world)
    page: Page = log_in("per")
    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_role("link", name="Nämndernas år").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nämndernas år")
    _seen(page)
    page.get_by_role("link", name="2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Året 2025 för Hälso- och sjukvårdsnämnden"
    )
    february = page.locator(".event--meeting").filter(has_text="22 februari–23 februari")
    expect(february).to_contain_text("Plan internkontroll (föredragande Regionstabschef)")
    _seen(page)
    page.get_by_role(
        "link", name="Visa organets sammanträden och sista dagar i din egen kalender"
    ).click()
    page.get_by_label("Vad kalendern visar").select_option(label="Hälso- och sjukvårdsnämnden")
    page.get_by_role("button", name="Skapa adressen").click()
    address = page.get_by_label("Kalenderadress").input_value()
    assert address.startswith(f"{live_server.url}/kalender/") and address.endswith(".ics")
    _seen(page)
    feed = page.context.request.get(address)
    assert feed.status == 200
    assert "BEGIN:VCALENDAR" in feed.text()
    page.get_by_role("button", name="Återkalla").click()
    expect(page.get_by_role("status")).to_contain_text("Kalenderadressen återkallades")
    assert page.context.request.get(address).status == 404
    _seen(page)


def test_karin_adds_a_meeting_with_the_plan_it_presents_on_her_phone(
    log_in: Any, live_server: Any, world: World
) -> None:
    yw = make_year_world(world)
    page: Page = log_in("karin")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/namnd/kalender/{world.committee.pk}/2025/")
    page.get_by_role("link", name="Lägg till ett sammanträde").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Nytt sammanträde i Hälso- och sjukvårdsnämnden"
    )
    _seen(page)
    page.get_by_label("Datum").fill("2025-11-22")
    page.get_by_label("Sista dag").fill("2025-11-21")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Sista dagen kan inte vara före den första (2025-11-22)."
    )
    _seen(page)
    page.get_by_label("Sista dag").fill("")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Sammanträdet lades till.")
    _seen(page)
    page.get_by_role("link", name="Lägg till ett ärende").click()
    page.get_by_label("Typ").fill("Uppföljning och fördjupning")
    page.get_by_label("Ärende").fill("Uppföljning av internkontrollplan 2025")
    page.get_by_label("Föredragande").fill("Regionstabschef")
    page.get_by_label("Internkontrollplan som föredras").select_option(
        label=yw.duty.control.plan.title
    )
    _seen(page)
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("table")).to_contain_text("Uppföljning av internkontrollplan 2025")
    _seen(page)
    page.get_by_role("link", name="Hälso- och sjukvårdsnämnden 2025").click()
    november = page.locator(".event--meeting").filter(has_text="22 november")
    expect(november.get_by_role("link", name=yw.duty.control.plan.title)).to_be_visible()
    _seen(page)


def test_per_reads_the_committees_overview_on_his_phone(
    log_in: Any, live_server: Any, world: World
) -> None:
    make_year_world(world)
    make_followup_world(world)
    page: Page = log_in("per")
    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_role(
        "link", name="Nämndens översikt: mål, risker, ekonomi, nästa sammanträde"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Översikt: Hälso- och sjukvårdsnämnden"
    )
    expect(page.get_by_role("region", name="Mål vid DÅ04 2022")).to_contain_text(
        "Kan inte bedömas: 3"
    )
    page.get_by_text("1 mål, ett i taget").click()
    _seen(page)
    expect(page.get_by_role("button", name="Rapporten för DÅ04 2022 som PDF")).to_be_visible()
