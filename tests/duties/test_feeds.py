"""Calendar addresses: a secret made once and stored as a hash; the person's feed holds their
deadlines and their bodies' meetings, a body's feed its year; a revoked address, or one
whose person no longer sees the body, gives nothing."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse
from icalendar import Calendar

from duties.feeds import calendar_of
from duties.models import CalendarFeed
from organisation.models import RoleAssignment
from tests.committee.conftest import YearWorld, make_year_world
from tests.conftest import World
from tests.page_text import page_text

# The feeds hold last year, this year and next: read them as of a day in 2025.
AS_OF = datetime.date(2025, 6, 1)


@pytest.fixture
def year_world(world: World, monkeypatch: pytest.MonkeyPatch) -> YearWorld:
    monkeypatch.setattr("duties.views.feeds.localdate", lambda: AS_OF)
    return make_year_world(world)


def _make(client: Any, unit: str = "") -> str:
    response = client.post(reverse("duties:feeds"), {"unit": unit})
    assert response.status_code == 200
    text = response.content.decode()
    start = text.index('value="http://testserver/kalender/') + len('value="http://testserver')
    return text[start : text.index('"', start)]


def _read(client: Any, address: str) -> Calendar:
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def _summaries(cal: Calendar) -> list[tuple[datetime.date, str]]:
    return sorted((e.decoded("dtstart"), str(e["summary"])) for e in cal.walk("VEVENT"))


def test_the_owners_feed_holds_their_deadlines_and_their_bodys_meetings(
    year_world: YearWorld, login: Any, client: Any
) -> None:
    w = year_world.duty.base
    address = _make(login(w.owner))
    feed = CalendarFeed.objects.get(user=w.owner)
    secret = address.removeprefix("/kalender/").removesuffix(".ics")
    assert feed.key_hash != secret and secret not in feed.key_hash and feed.hint == secret[:6]
    client.logout()  # a calendar app reads without logging in
    cal = _read(client, address)
    summaries = _summaries(cal)
    assert (datetime.date(2025, 1, 18), "Sammanträde i Hälso- och sjukvårdsnämnden") in summaries
    assert (
        datetime.date(2025, 8, 31),
        "Sista dag: Rapportera status och kommentar, Åtgärd 1",
    ) in summaries
    assert (
        datetime.date(2025, 8, 31),
        "Sista dag för rapportering: Uppföljning augusti: "
        "Hälso- och sjukvårdsnämndens internkontrollplan 2025",
    ) in summaries
    february = next(
        e for e in cal.walk("VEVENT") if e.decoded("dtstart") == datetime.date(2025, 2, 22)
    )
    assert february.decoded("dtend") == datetime.date(2025, 2, 24)  # through the 23rd
    assert "Återkommande ärenden: Årsbokslut" in str(february["description"])
    CalendarFeed.objects.filter(pk=feed.pk, last_read_at__isnull=False).get()


def test_a_bodys_feed_and_its_revocation(year_world: YearWorld, login: Any, client: Any) -> None:
    w = year_world.duty.base
    reader = login(w.reader)
    address = _make(reader, str(w.committee.pk))
    cal = _read(client, address)
    assert _summaries(cal) == [
        (
            datetime.date(2024, 12, 12),
            "Antagande: Hälso- och sjukvårdsnämndens internkontrollplan 2025 "
            "(Hälso- och sjukvårdsnämnden § 212)",
        ),
        (datetime.date(2025, 1, 18), "Sammanträde i Hälso- och sjukvårdsnämnden"),
        (datetime.date(2025, 2, 22), "Sammanträde i Hälso- och sjukvårdsnämnden"),
        (
            datetime.date(2025, 8, 31),
            "Sista dag för rapportering: Uppföljning augusti: "
            "Hälso- och sjukvårdsnämndens internkontrollplan 2025",
        ),
    ]
    feed = CalendarFeed.objects.get(user=w.reader)
    assert "Hälso- och sjukvårdsnämnden" in page_text(reader.get(reverse("duties:feeds")))
    reader.post(reverse("duties:feed_revoke", args=[feed.pk]))
    assert client.get(address).status_code == 404
    assert client.get("/kalender/not-a-secret.ics").status_code == 404


def test_an_address_gives_nothing_once_its_person_loses_the_body(
    year_world: YearWorld, login: Any, client: Any
) -> None:
    w = year_world.duty.base
    address = _make(login(w.reader), str(w.committee.pk))
    RoleAssignment.objects.filter(user=w.reader).delete()
    assert client.get(address).status_code == 404


def test_a_body_one_does_not_see_is_refused(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    outsider = login(w.outsider)
    response = outsider.post(reverse("duties:feeds"), {"unit": str(w.committee.pk)}, follow=True)
    assert "Välj ett organ i listan." in page_text(response)
    assert not CalendarFeed.objects.exists()


def test_another_persons_address_cannot_be_revoked(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    _make(login(w.reader))
    feed = CalendarFeed.objects.get()
    assert (
        login(w.controller).post(reverse("duties:feed_revoke", args=[feed.pk])).status_code == 404
    )
    feed.refresh_from_db()
    assert feed.revoked_at is None


def test_a_feed_holds_last_year_this_year_and_next(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    _make(login(w.reader), str(w.committee.pk))
    feed = CalendarFeed.objects.get()
    later = Calendar.from_ical(calendar_of(feed, datetime.date(2027, 1, 10)))
    assert _summaries(later) == []  # 2026-2028: nothing recorded
    now = Calendar.from_ical(calendar_of(feed, datetime.date(2026, 1, 10)))
    assert [d for d, _s in _summaries(now)] == [
        datetime.date(2025, 1, 18),
        datetime.date(2025, 2, 22),
        datetime.date(2025, 8, 31),
    ]
