"""The committee's overview for readers: goals by verdict at the period, the risks in the
most serious class, the next meeting's items with what they present, the documents to
read; a constant number of queries however many meetings and risks."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from committee.models import Meeting, MeetingItem
from followup.models import Period
from tests.committee.conftest import YearWorld
from tests.followup_views.conftest import make_followup_world
from tests.page_text import page_text


def test_the_reader_sees_goals_risks_the_next_meeting_and_the_documents(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    make_followup_world(w)
    # The plan's year closed its first tertial: the overview opens on it.
    period = Period.objects.create(
        unit=w.region,
        year=2025,
        kind="tertial",
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
        status="closed",
    )
    plan = year_world.duty.control.plan
    coming = Meeting.objects.create(unit=w.committee, date=datetime.date(2099, 2, 20))
    MeetingItem.objects.create(
        meeting=coming,
        kind="Uppföljning och fördjupning",
        topic="Uppföljning av internkontrollplan",
        presenter="Regionstabschef",
        control_plan=plan,
    )
    response = login(w.reader).get(reverse("committee:overview"))
    text = page_text(response)
    assert "Översikt: Hälso- och sjukvårdsnämnden" in text
    assert "Mål vid DÅ04 2025" in text
    assert "Kan inte bedömas: 3" in text  # three measures, none reported
    # Risk 2 is assessed 4 x 3 in the control world: R4, the most serious class.
    assert "Risker i den allvarligaste klassen" in text
    assert "2. Följsamhet till basala hygienregler ökar inte" in text
    assert (
        "Nästa sammanträde 20 februari 2099 Uppföljning och fördjupning: Uppföljning av "
        "internkontrollplan (föredragande Regionstabschef) – " + plan.title
    ) in text
    html = response.content.decode()
    assert reverse("reports:tertial_report_pdf", args=[w.committee.pk, period.pk]) in html
    assert reverse("reports:control_plan_pdf", args=[plan.pk]) in html


def test_the_overview_costs_the_same_queries_however_much_it_shows(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    make_followup_world(w)
    Meeting.objects.create(unit=w.committee, date=datetime.date(2099, 2, 20))
    client = login(w.reader)
    url = reverse("committee:overview")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for day in range(1, 20):
        meeting = Meeting.objects.create(unit=w.committee, date=datetime.date(2099, 3, day))
        MeetingItem.objects.create(meeting=meeting, kind="Återkommande ärenden", topic="x")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_a_person_without_a_body_is_told_so(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    text = page_text(login(w.outsider).get(reverse("committee:overview")))
    assert "Du har ingen roll i något fullmäktige, någon styrelse eller nämnd." in text
