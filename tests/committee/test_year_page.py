"""A body's year month by month: meetings with their items by kind and presenter, the
follow-up's deadline linked to its status page, the plan's adoption; constant queries."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from committee.models import FollowUpArea, Meeting, MeetingItem
from committee.year_events import events
from followup.models import Period
from tests.committee.conftest import YearWorld
from tests.page_text import page_text


def test_the_year_holds_meetings_deadlines_and_adoptions_by_date(year_world: YearWorld) -> None:
    w = year_world.duty.base
    found = events([w.committee], datetime.date(2024, 1, 1), datetime.date(2025, 12, 31))
    assert [(e.kind, e.date) for e in found] == [
        ("adoption", datetime.date(2024, 12, 12)),
        ("meeting", datetime.date(2025, 1, 18)),
        ("meeting", datetime.date(2025, 2, 22)),
        ("deadline", datetime.date(2025, 8, 31)),
    ]
    february = found[2]
    assert february.end_date == datetime.date(2025, 2, 23)
    assert [(kind, [i.topic for i in items]) for kind, items in february.items_by_kind] == [
        ("Återkommande ärenden", ["Årsbokslut"]),
        ("Uppföljning och fördjupning", ["Plan internkontroll"]),
    ]
    assert found[0].title == (
        "Hälso- och sjukvårdsnämndens internkontrollplan 2025 (Hälso- och sjukvårdsnämnden § 212)"
    )
    # Another body's year is empty.
    assert events([w.board], datetime.date(2024, 1, 1), datetime.date(2025, 12, 31)) == []


def test_the_year_page_reads_month_by_month(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    client = login(w.reader)
    url = reverse("committee:body_year", args=[w.committee.pk, 2025])
    response = client.get(url)
    text = page_text(response)
    assert "Året 2025 för Hälso- och sjukvårdsnämnden" in text
    assert "2 sammanträden under året." in text
    assert (
        "Februari 22 februari–23 februari · Sammanträde Återkommande ärenden Årsbokslut "
        "(föredragande Ekonomidirektör) Uppföljning och fördjupning Plan internkontroll "
        "(föredragande Regionstabschef)"
    ) in text
    assert "Augusti 31 augusti · Sista dag för rapportering Uppföljning augusti:" in text
    assert "Juli Inget denna månad." in text
    status = reverse("internal_control:followup_status", args=[year_world.duty.control.plan.pk])
    assert status in response.content.decode()
    previous = page_text(client.get(reverse("committee:body_year", args=[w.committee.pk, 2024])))
    assert "12 december · Antagande" in previous


def test_the_year_page_costs_the_same_queries_however_many_meetings(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    client = login(w.reader)
    url = reverse("committee:body_year", args=[w.committee.pk, 2025])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for day in range(1, 25):
        Meeting.objects.create(unit=w.committee, date=datetime.date(2025, 3, day))
    with CaptureQueriesContext(connection) as many:
        assert "26 sammanträden under året." in page_text(client.get(url))
    assert len(many) == len(few)


def test_the_list_names_each_body_and_its_years(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    text = page_text(login(w.reader).get(reverse("committee:calendar")))
    assert "Hälso- och sjukvårdsnämnden – sammanträden finns för 2025" in text
    assert "Division Medicin" not in text  # not a body that meets


def test_the_regions_reporting_deadlines_are_in_each_bodys_year(year_world: YearWorld) -> None:
    w = year_world.duty.base
    period = Period.objects.create(
        unit=w.region,
        year=2025,
        kind="tertial",
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
        report_by=datetime.date(2025, 5, 12),
    )
    found = [
        e
        for e in events([w.committee], datetime.date(2025, 5, 1), datetime.date(2025, 5, 31))
        if e.uid == f"period-{period.pk}"
    ]
    assert [(e.kind, e.date, e.title) for e in found] == [
        ("deadline", datetime.date(2025, 5, 12), "Utfall för DÅ04 2025")
    ]
    assert found[0].url == reverse("followup:worklist") + f"?period={period.pk}"


def test_each_follow_up_area_names_the_meetings_where_it_is_reported(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    access = FollowUpArea.objects.create(unit=w.committee, year=2025, name="Tillgänglighet")
    FollowUpArea.objects.create(unit=w.committee, year=2025, name="Patientsäkerhet", order=1)
    MeetingItem.objects.create(
        meeting=year_world.february,
        kind="Uppföljning",
        topic="Tillgänglighet",
        follow_up_area=access,
    )
    client = login(w.reader)
    response = client.get(reverse("committee:body_year", args=[w.committee.pk, 2025]))
    text = page_text(response)
    assert "Uppföljningsområden 2025" in text
    assert "Tillgänglighet: 22 februari" in text
    assert "Patientsäkerhet: inget sammanträde kopplat än" in text
    assert f'href="#mote-{year_world.february.pk}"' in response.content.decode()
    assert f'id="mote-{year_world.february.pk}"' in response.content.decode()
