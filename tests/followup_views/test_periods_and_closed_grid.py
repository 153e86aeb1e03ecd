"""Who opens and closes the region's periods, and the grid of a period that is not open."""

from __future__ import annotations

import pytest
from django.urls import reverse

from followup.models import Outcome, Period, PeriodStatus
from organisation.models import Role, RoleAssignment
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def _grid(fw: FollowupWorld, world: World) -> str:
    return reverse("followup:grid", args=[fw.period.pk, world.committee.pk])


def _close(period: Period) -> None:
    Period.objects.filter(pk=period.pk).update(status=PeriodStatus.CLOSED)


def test_a_controller_of_a_unit_is_told_who_keeps_the_calendar(world: World, login) -> None:  # type: ignore[no-untyped-def]
    regional = world.auditor
    RoleAssignment.objects.create(user=regional, unit=world.region, role=Role.CONTROLLER)
    html = login(world.controller).get(reverse("followup:periods")).content.decode()
    assert "Vem öppnar och stänger perioder" in html
    assert f'<a href="{world.admin.get_absolute_url()}">Admin</a>, administratör' in html
    assert f'<a href="{regional.get_absolute_url()}">Maria</a>, controller' in html
    assert "Lena" not in html  # an administrator of another region
    assert "Öppna " not in html and "Stäng " not in html


def test_the_keepers_page_is_not_shown_to_them_and_names_are_not_links_for_outsiders(
    world: World, login
) -> None:  # type: ignore[no-untyped-def]
    html = login(world.admin).get(reverse("followup:periods")).content.decode()
    assert "Vem öppnar och stänger perioder" not in html
    html = login(world.nobody).get(reverse("followup:periods")).content.decode()
    assert "Admin, administratör" in html  # no role: may not see the person's page
    assert world.admin.get_absolute_url() not in html


def test_an_inactive_administrator_is_not_named(world: World, login) -> None:  # type: ignore[no-untyped-def]
    world.admin.is_active = False
    world.admin.save()
    html = login(world.controller).get(reverse("followup:periods")).content.decode()
    assert f"{world.admin.get_absolute_url()}" not in html and "Admin, " not in html
    assert "Ingen i regionen kan öppna eller stänga perioder just nu" in html


def test_the_grid_of_a_closed_period_explains_itself(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _close(followup_world.period)
    response = login(world.controller).get(_grid(followup_world, world))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Perioden DÅ04 2022 (2022-01-01 till 2022-04-30) är stängd för rapportering." in html
    assert "Vem kan öppna den igen" in html
    assert f'<a href="{world.admin.get_absolute_url()}">Admin</a>, administratör' in html
    assert 'name="total-' not in html  # no grid to type into
    scorecard = reverse("followup:scorecard")
    assert f"{scorecard}?period={followup_world.period.pk}&amp;enhet={world.committee.pk}" in html


def test_a_grid_sent_after_the_period_closed_saves_nothing(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    _close(followup_world.period)
    response = login(world.controller).post(
        _grid(followup_world, world), {f"total-{indicator.pk}": "72"}
    )
    assert response.status_code == 409
    assert "Ingenting sparades." in response.content.decode()
    assert not Outcome.objects.exists()


def test_a_period_not_yet_open_and_the_keeper_who_can_open_it(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    Period.objects.filter(pk=followup_world.period.pk).update(status=PeriodStatus.PLANNED)
    html = login(world.controller).get(_grid(followup_world, world)).content.decode()
    assert "är ännu inte öppen för rapportering" in html
    assert "Vem kan öppna den" in html
    html = login(world.admin).get(_grid(followup_world, world)).content.decode()
    assert "Du sköter regionens kalender" in html
    assert f'href="{reverse("followup:periods")}"' in html


@pytest.mark.parametrize(("persona", "status"), [("reader", 403), ("outsider", 404)])
def test_a_closed_grid_is_still_guarded(
    world: World, followup_world: FollowupWorld, login, persona: str, status: int
) -> None:  # type: ignore[no-untyped-def]
    _close(followup_world.period)
    assert login(world.persona(persona)).get(_grid(followup_world, world)).status_code == status
