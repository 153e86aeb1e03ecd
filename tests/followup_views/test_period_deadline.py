"""The last day to report a period: set by those who keep the region's calendar, checked
against the period, saved with its version and history, and shown in the calendar."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse

from followup.models import Period
from tests.conftest import World
from tests.followup_views.conftest import make_followup_world
from tests.page_text import page_text


def test_the_administrator_sets_the_last_day_and_the_calendar_shows_it(
    world: World, login: Any
) -> None:
    fw = make_followup_world(world)
    client = login(world.admin)
    url = reverse("followup:period_deadline", args=[fw.period.pk])
    assert "Perioden går från 2022-01-01 till 2022-04-30." in page_text(client.get(url))
    response = client.post(url, {"report_by": "2022-05-10", "version": str(fw.period.version)})
    assert response.status_code == 302
    period = Period.objects.get(pk=fw.period.pk)
    assert period.report_by == datetime.date(2022, 5, 10)
    assert period.history.latest().history_user == world.admin
    listing = page_text(client.get(reverse("followup:periods")))
    assert "DÅ04 2022 Tertial 2022-04-30 2022-05-10 Ange sista dag för DÅ04 2022" in listing


def test_a_day_outside_the_period_is_refused_and_nothing_saved(world: World, login: Any) -> None:
    fw = make_followup_world(world)
    client = login(world.admin)
    url = reverse("followup:period_deadline", args=[fw.period.pk])
    response = client.post(url, {"report_by": "2021-12-31", "version": str(fw.period.version)})
    assert response.status_code == 200
    assert (
        "Sista dag att rapportera DÅ04 2022 måste ligga mellan 2022-01-01 och 2023-05-01."
        in page_text(response)
    )
    assert Period.objects.get(pk=fw.period.pk).report_by is None


def test_a_form_loaded_before_anothers_save_is_refused(world: World, login: Any) -> None:
    fw = make_followup_world(world)
    client = login(world.admin)
    url = reverse("followup:period_deadline", args=[fw.period.pk])
    version = str(fw.period.version)
    client.post(url, {"report_by": "2022-05-10", "version": version})
    stale = client.post(url, {"report_by": "2022-05-20", "version": version})
    assert stale.status_code == 200
    assert Period.objects.get(pk=fw.period.pk).report_by == datetime.date(2022, 5, 10)


def test_a_committee_controller_may_not_set_it(world: World, login: Any) -> None:
    fw = make_followup_world(world)
    url = reverse("followup:period_deadline", args=[fw.period.pk])
    assert login(world.controller).post(url, {"report_by": "2022-05-10"}).status_code == 403
    assert Period.objects.get(pk=fw.period.pk).report_by is None
