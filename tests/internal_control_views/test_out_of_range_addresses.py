"""Addresses and parameters no row or year can have answer 404 or an unfiltered page, never 500."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from followup.models import Period
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"/internkontroll/risk/{HUGE}/",
        f"/internkontroll/plan/{HUGE}/",
        f"/organisation/enhet/{HUGE}/",
        f"/uppfoljning/matt/{HUGE}/",
        f"/uppfoljning/utfall/{HUGE}/{HUGE}/",
        f"/historik/risk/{HUGE}/",
        "/internkontroll/risk/0/",
        f"/verksamhetsplan/enhet/1/{HUGE}/anta/",
        "/verksamhetsplan/enhet/1/99999/anta/",
        f"/rapporter/verksamhetsplan/1/{HUGE}/pdf/",
    ],
)
def test_an_id_or_year_that_cannot_exist_is_not_found(world: World, login, path: str) -> None:  # type: ignore[no-untyped-def]
    assert login(world.admin).get(path).status_code == 404


def test_register_and_plan_page_ignore_parameters_out_of_range(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    register = client.get(
        reverse("internal_control:register"),
        {"plan": HUGE, "enhet": "-1", "agare": "1e9", "p": HUGE, "s": "٣", "sida": HUGE},
    )
    assert register.status_code == 200
    plan_page = client.get(reverse("planning:plan", args=[world.committee.pk]), {"ar": "99999"})
    assert plan_page.status_code == 200
    action_form = client.get(
        reverse("internal_control:action_create", args=[control_world.plan.pk]),
        {"risk": [HUGE, "x", str(control_world.risks[0].pk)]},
    )
    assert action_form.status_code == 200


def test_history_export_to_the_end_of_the_calendar_is_refused_on_the_form(
    world: World, login
) -> None:  # type: ignore[no-untyped-def]
    response = login(world.auditor).get(
        reverse("history:export"),
        {"unit": world.committee.pk, "date_from": "2025-01-01", "date_to": "9999-12-31"},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "2200" in response.content.decode()


def test_a_garbled_version_is_a_conflict_not_a_crash(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    area = world.area
    area.closed_on = datetime.date(2025, 1, 1)
    area.save()
    response = client.post(reverse("organisation:unit_reopen", args=[area.pk]), {"version": "x"})
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.closed_on is not None
    period = Period.objects.create(
        unit=world.region,
        year=2025,
        kind="tertial",
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
    )
    response = client.post(
        reverse("followup:period_status", args=[period.pk]), {"status": "open", "version": "1.5"}
    )
    assert response.status_code == 302
