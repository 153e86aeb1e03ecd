"""The committee's calendar kept on pages: a meeting added with its days, items added with
what they present, changed with the version check, removed with a confirmation; each
rule the service's, each change in the history."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from committee.models import FollowUpArea, Meeting, MeetingItem
from committee.services.meetings import add_item
from followup.models import Period
from internal_control.services.plans import create_plan
from tests.committee.conftest import YearWorld
from tests.page_text import page_text


def test_the_controller_adds_a_meeting_and_what_it_brings_up(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    client = login(w.controller)
    year = page_text(client.get(reverse("committee:body_year", args=[w.committee.pk, 2025])))
    assert "Lägg till ett sammanträde" in year
    response = client.post(
        reverse("committee:meeting_create", args=[w.committee.pk]), {"date": "2025-06-14"}
    )
    meeting = Meeting.objects.get(date=datetime.date(2025, 6, 14))
    assert response["Location"] == reverse("committee:meeting", args=[meeting.pk])
    assert meeting.history.get().history_user == w.controller
    plan = year_world.duty.control.plan
    client.post(
        reverse("committee:item_create", args=[meeting.pk]),
        {
            "kind": "Uppföljning och fördjupning",
            "topic": "Uppföljning av internkontrollplan 2025",
            "presenter": "Regionstabschef",
            "control_plan": str(plan.pk),
        },
    )
    item = MeetingItem.objects.get(meeting=meeting)
    assert (item.control_plan, item.order) == (plan, 1)
    page = client.get(reverse("committee:body_year", args=[w.committee.pk, 2025]))
    assert (
        "Uppföljning av internkontrollplan 2025 (föredragande Regionstabschef) – "
        "Hälso- och sjukvårdsnämndens internkontrollplan 2025"
    ) in page_text(page)
    assert plan.get_absolute_url() in page.content.decode()


def test_a_last_day_before_the_first_is_refused(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    response = login(w.controller).post(
        reverse("committee:meeting_create", args=[w.committee.pk]),
        {"date": "2025-06-14", "end_date": "2025-06-13"},
    )
    assert response.status_code == 200
    assert "Sista dagen kan inte vara före den första (2025-06-14)." in page_text(response)
    assert not Meeting.objects.filter(date=datetime.date(2025, 6, 14)).exists()


def test_an_item_may_present_only_the_bodys_own_plan(year_world: YearWorld) -> None:
    w = year_world.duty.base
    board_plan = create_plan(
        w.admin,
        w.board,
        year=2025,
        title="Regionstyrelsens internkontrollplan 2025",
        matrix=year_world.duty.control.matrix,
    )
    with pytest.raises(ValidationError) as refused:
        add_item(w.admin, year_world.january, kind="x", topic="y", control_plan=board_plan)
    assert refused.value.message_dict == {
        "control_plan": ["Planen hör inte till Hälso- och sjukvårdsnämnden."]
    }
    assert year_world.january.items.count() == 1


def test_an_item_changed_after_it_was_loaded_is_refused(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    client = login(w.controller)
    item = year_world.january.items.get()
    url = reverse("committee:item_edit", args=[item.pk])
    data = {"kind": item.kind, "topic": "Ny lydelse", "version": str(item.version)}
    assert client.post(url, data).status_code == 302
    stale = client.post(url, data | {"topic": "Äldre lydelse"})
    assert stale.status_code == 200
    item.refresh_from_db()
    assert item.topic == "Ny lydelse"


def test_a_meeting_is_removed_only_when_confirmed_and_stays_in_history(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    client = login(w.controller)
    meeting = year_world.february
    url = reverse("committee:meeting_remove", args=[meeting.pk])
    response = client.post(url, follow=True)
    assert "Kryssa i rutan" in page_text(response)
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    client.post(url, {"confirm": "yes"})
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    assert not MeetingItem.objects.filter(meeting_id=meeting.pk).exists()
    gone = Meeting.history.filter(id=meeting.pk).latest()
    assert (gone.history_type, gone.history_user) == ("-", w.controller)


def test_a_reader_sees_the_year_but_cannot_keep_it(year_world: YearWorld, login: Any) -> None:
    w = year_world.duty.base
    client = login(w.reader)
    year = page_text(client.get(reverse("committee:body_year", args=[w.committee.pk, 2025])))
    assert "Lägg till ett sammanträde" not in year and "Ändra sammanträdet" not in year
    url = reverse("committee:meeting_create", args=[w.committee.pk])
    assert client.post(url, {"date": "2025-06-14"}).status_code == 403
    assert client.get(reverse("committee:meeting", args=[year_world.january.pk])).status_code == 403


def test_the_meeting_pages_are_in_the_menus_section_of_the_year(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    client = login(w.controller)
    for url in (
        reverse("committee:meeting", args=[year_world.january.pk]),
        reverse("committee:item_create", args=[year_world.january.pk]),
        reverse("committee:meeting_create", args=[w.committee.pk]),
    ):
        page = client.get(url).content.decode()
        assert f'<a href="{reverse("committee:calendar")}" aria-current="page">' in page, url


def test_an_item_presents_the_bodys_tertial_report_of_a_period(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    period = Period.objects.create(
        unit=w.region,
        year=2025,
        kind="tertial",
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
    )
    client = login(w.controller)
    client.post(
        reverse("committee:item_create", args=[year_world.february.pk]),
        {
            "kind": "Återkommande ärenden",
            "topic": "Tertialrapport",
            "report_period": str(period.pk),
        },
    )
    item = MeetingItem.objects.get(topic="Tertialrapport")
    assert item.report_period == period
    page = client.get(reverse("committee:body_year", args=[w.committee.pk, 2025]))
    assert "Tertialrapport – Rapporten för DÅ04 2025 (PDF)" in page_text(page)
    report = reverse("reports:tertial_report_pdf", args=[w.committee.pk, period.pk])
    assert report in page.content.decode()
    # Another region's period is not a report of this body.
    other = Period.objects.create(
        unit=w.other_region,
        year=2025,
        kind="tertial",
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
    )
    with pytest.raises(ValidationError) as refused:
        add_item(w.admin, year_world.february, kind="x", topic="y", report_period=other)
    assert refused.value.message_dict == {
        "report_period": ["Perioden hör inte till regionens kalender."]
    }


def test_an_item_reports_a_follow_up_area_of_the_meetings_year(
    year_world: YearWorld, login: Any
) -> None:
    w = year_world.duty.base
    area = FollowUpArea.objects.create(unit=w.committee, year=2025, name="Tillgänglighet")
    last_year = FollowUpArea.objects.create(
        unit=w.committee, year=2024, name="Kompetensförsörjning"
    )
    client = login(w.controller)
    url = reverse("committee:item_create", args=[year_world.february.pk])
    assert "Kompetensförsörjning" not in client.get(url).content.decode()
    client.post(
        url,
        {
            "kind": "Uppföljning och fördjupning",
            "topic": "Tillgänglighet",
            "follow_up_area": str(area.pk),
        },
    )
    assert MeetingItem.objects.get(topic="Tillgänglighet").follow_up_area == area
    page = page_text(client.get(reverse("committee:body_year", args=[w.committee.pk, 2025])))
    assert "Tillgänglighet – uppföljningsområde Tillgänglighet" in page
    with pytest.raises(ValidationError) as refused:
        add_item(w.admin, year_world.february, kind="x", topic="y", follow_up_area=last_year)
    assert refused.value.message_dict == {
        "follow_up_area": [
            "Uppföljningsområdet hör inte till Hälso- och sjukvårdsnämnden för 2025."
        ]
    }
