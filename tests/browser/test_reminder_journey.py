"""The end of journey 2 on a phone: Karin sees on her start page who has not reported at the
August follow-up and reminds Anders; he gets one e-mail (the day's reminder job adds no
second), and his start page shows what is due, late first, each a link. axe-core on every
page, and no page wider than the phone."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible, assert_fits
from tests.conftest import World
from tests.duties.conftest import make_duty_world

pytestmark = pytest.mark.django_db(transaction=True)


def _seen(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def test_karin_reminds_anders_who_finds_what_is_due_on_his_start_page(
    log_in: Any, live_server: Any, world: World, settings: Any
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    dw = make_duty_world(world)
    page: Page = log_in("karin")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    follows = page.get_by_role("region", name="Uppföljningar som du ansvarar för")
    expect(follows).to_contain_text("0 av 5 rapporterade, ska rapporteras senast 31 augusti 2025")
    expect(follows).to_contain_text("Ännu inte rapporterat: Anders (3), Ingen ansvarig (2)")
    _seen(page)
    follows.get_by_role("link", name="Påminn dem som inte har rapporterat").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Påminn dem som inte har rapporterat: Uppföljning augusti"
    )
    _seen(page)
    page.get_by_role("button", name="Påminn Anders").click()
    expect(page.get_by_role("status")).to_contain_text("En påminnelse skickas till Anders.")
    expect(page.get_by_role("table")).to_contain_text("Påmind i dag.")
    expect(page.get_by_role("button", name="Påminn Anders")).to_have_count(0)
    _seen(page)
    assert [m.to for m in mail.outbox] == [["anders@rjh.example"]]
    action = dw.control.plan.actions.get()
    assert f"/internkontroll/atgard/{action.pk}/rapportera/" in mail.outbox[0].body

    # The day's reminder job: the reminder by hand stands for the one after the deadline.
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "sent 0"
    assert len(mail.outbox) == 1

    page.context.clear_cookies()
    page = log_in("anders")
    due = page.get_by_role("region", name="Det här ska du göra")
    expect(due).to_contain_text("3 saker att rapportera, 3 av dem är försenade.")
    expect(due.get_by_role("listitem").first).to_contain_text(
        "Försenad: skulle vara klar 31 augusti 2025"
    )
    _seen(page)
    due.get_by_role("link", name="Rapportera status och kommentar: Åtgärd 1").click()
    page.get_by_label("Status").select_option("in_progress")
    page.get_by_label("Kommentar").fill("Utbildningen är planerad till oktober.")
    page.get_by_role("button", name="Spara rapporten").click()
    page.get_by_role("link", name="Start", exact=True).click()
    due = page.get_by_role("region", name="Det här ska du göra")
    expect(due).to_contain_text("2 saker att rapportera, 2 av dem är försenade.")
    expect(due).not_to_contain_text("Åtgärd 1")
    _seen(page)

    page.get_by_role("link", name="Dina påminnelser via e-post").click()
    expect(page.get_by_text("Påminnelserna skickas till anders@rjh.example.")).to_be_visible()
    page.get_by_label("En veckosammanfattning av allt som ska göras").check()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_contain_text("Ditt val av påminnelser sparades.")
    expect(page.get_by_label("En veckosammanfattning av allt som ska göras")).to_be_checked()
    _seen(page)
