"""Journey 8 on the demo: Karin starts the round of HSN's report for DÅ08 2023, adds a
section for Anders with a last day; Anders finds it on his start page, writes it and marks
it ready; Karin follows the completion bar, sends it back, Anders marks it ready again; the
other writers' parts are ready; Karin approves, and the report is kept as sent: the same
PDF after a later edit, linked from the committee's meeting that receives it. axe-core and
no sideways scroll on every page, Anders on a 390 px phone."""

from __future__ import annotations

import datetime
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from chapters.services import update_chapter
from committee.models import MeetingItem
from followup.chapter_documents import PERIOD_REPORT
from followup.models import Period
from organisation.access import SYSTEM
from organisation.models import Unit
from rounds.models import ReportRound, RoundStatus
from rounds.report_kind import PERIOD_REPORT_ROUND
from rounds.services.parts import mark_ready
from tests.browser.conftest import assert_accessible, assert_fits

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "styr-demo-2026"
SECTION = "Produktion och tillgänglighet"


def _log_in(page: Page, live_server: Any, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server.url}/")


def _checked(page: Page) -> None:
    assert_accessible(page)
    assert_fits(page)


def _text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rapport.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
    return done.stdout.decode()


def test_a_tertial_round_is_written_approved_and_kept_as_sent(page: Page, live_server: Any) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)
    hsn = Unit.objects.get(short_name="HSN")
    period = Period.objects.get(unit_id=hsn.region_id, name="DÅ08", year=2023)
    last_day = timezone.localdate() + datetime.timedelta(days=10)

    _log_in(page, live_server, "karin")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Rapportrundor"
    ).click()
    _checked(page)
    page.get_by_role("link", name=f"Rapport för perioden: {hsn.name}").click()
    _checked(page)
    page.get_by_label("Period", exact=True).select_option(label=str(period))
    page.get_by_label("Sista dag för delarna").fill(last_day.isoformat())
    page.get_by_label("Instruktioner till alla skribenter").fill("Högst en sida per avsnitt.")
    page.get_by_role("button", name="Starta rundan").click()
    expect(page.get_by_role("status")).to_contain_text("Rundan är startad.")
    found = ReportRound.objects.get(unit=hsn, owner=period.pk)
    parts = found.parts.count()
    assert parts > 1  # the measures asked for in DÅ08 and the outcomes
    _checked(page)

    page.get_by_role("link", name="Lägg till ett avsnitt att skriva").click()
    _checked(page)
    page.get_by_label("Rubrik").fill(SECTION)
    page.get_by_label("Skribent", exact=True).select_option(label="Anders Berg (HR-direktör)")
    page.get_by_label("Sista dag", exact=True).fill(last_day.isoformat())
    instructions = "Beskriv väntetiderna och vad som görs."
    page.get_by_label("Instruktioner till skribenten").fill(instructions)
    page.get_by_role("button", name="Lägg till").click()
    expect(page.get_by_role("status")).to_contain_text("Avsnittet lades till")
    expect(page.get_by_text(f"0 av {parts + 1} delar klarmarkerade")).to_be_visible()

    # Anders, on his phone: the section is on his start page.
    page.set_viewport_size({"width": 390, "height": 844})
    _log_in(page, live_server, "anders")
    due = page.get_by_role("link", name="Skriv och klarmarkera: Avsnitt")
    expect(due).to_be_visible()
    _checked(page)
    due.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SECTION)
    expect(page.get_by_text(instructions)).to_be_visible()
    _checked(page)
    page.get_by_role("link", name="Skriv delen").click()
    _checked(page)
    page.get_by_label("Text", exact=True).fill("Väntetiderna har **minskat** sedan april.")
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Kapitlet sparades.")
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Skriv och klarmarkera: Avsnitt").click()
    page.get_by_role("button", name="Klarmarkera").click()
    expect(page.get_by_role("status")).to_contain_text("Delen är klarmarkerad.")
    _checked(page)

    # Karin follows the bar and sends the section back.
    page.set_viewport_size({"width": 1280, "height": 900})
    _log_in(page, live_server, "karin")
    page.goto(f"{live_server.url}/rapportrundor/{found.pk}/")
    expect(page.get_by_text(f"1 av {parts + 1} delar klarmarkerade")).to_be_visible()
    page.get_by_role("link", name=f"Skicka tillbaka {SECTION}").click()
    _checked(page)
    page.get_by_role("button", name="Skicka tillbaka").click()
    expect(page.get_by_role("alert")).to_contain_text("Skriv vad som ska göras")
    page.get_by_label("Vad som ska göras").fill("Lägg till jämförelsen med riket.")
    page.get_by_role("button", name="Skicka tillbaka").click()
    expect(page.get_by_role("status")).to_contain_text("Delen skickades tillbaka")
    _checked(page)

    page.set_viewport_size({"width": 390, "height": 844})
    _log_in(page, live_server, "anders")
    page.get_by_role("link", name="Skickad tillbaka: skriv om och klarmarkera: Avsnitt").click()
    expect(page.get_by_text("Lägg till jämförelsen med riket.")).to_be_visible()
    _checked(page)
    page.get_by_role("button", name="Klarmarkera").click()
    expect(page.get_by_role("status")).to_contain_text("Delen är klarmarkerad.")

    # The other writers' parts are done meanwhile.
    owner = PERIOD_REPORT_ROUND.chapters_kind().owner(hsn, period.pk)
    for part in found.parts.exclude(title=SECTION):
        mark_ready(SYSTEM, PERIOD_REPORT_ROUND, owner, part)

    page.set_viewport_size({"width": 1280, "height": 900})
    _log_in(page, live_server, "karin")
    page.goto(f"{live_server.url}/rapportrundor/{found.pk}/")
    expect(page.get_by_text(f"{parts + 1} av {parts + 1} delar klarmarkerade")).to_be_visible()
    page.get_by_role("button", name="Godkänn rapporten").click()
    expect(page.get_by_role("status")).to_contain_text("Rundan är godkänd.")
    found.refresh_from_db()
    assert found.status == RoundStatus.APPROVED
    expect(page.get_by_role("heading", name="Rapporten som skickad")).to_be_visible()
    _checked(page)

    sent_url = f"{live_server.url}/rapportrundor/{found.pk}/skickad.pdf"
    first = page.request.get(sent_url).body()
    assert SECTION in _text(first) and "minskat sedan april" in " ".join(_text(first).split())

    # A later edit changes the report of today, not the report as sent.
    chapter = found.parts.get(title=SECTION).chapter
    assert chapter is not None
    update_chapter(
        SYSTEM,
        PERIOD_REPORT,
        owner,
        chapter,
        chapter.version,
        place=chapter.place,
        level=chapter.level,
        heading=SECTION,
        text="Ändrat efteråt.",
    )
    assert page.request.get(sent_url).body() == first

    # The committee's meeting that receives the report links it as sent.
    item = MeetingItem.objects.get(meeting__unit=hsn, topic__startswith="Månadsrapport juni")
    item.report_period = period
    item.save(update_fields=["report_period"])
    page.goto(f"{live_server.url}/namnd/kalender/{hsn.pk}/2023/")
    link = page.get_by_role("link", name=f"Rapporten för {period} som skickad (PDF)")
    expect(link).to_be_visible()
    _checked(page)
    href = link.get_attribute("href")
    assert href is not None
    assert page.request.get(f"{live_server.url}{href}").body() == first
