"""An administrator adds, renames, moves, closes and reopens units; every change has history."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from organisation.models import Unit
from tests.conftest import World


def test_add_unit_under_division(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_create", args=[world.division.pk]),
        {
            "name": "Hjärta, neurologi och rehab",
            "kind": "area",
            "short_name": "",
            "case_prefix": "",
        },
    )
    unit = Unit.objects.get(name="Hjärta, neurologi och rehab")
    assert response.status_code == 302
    assert unit.parent == world.division
    assert unit.path == f"{world.division.path}{unit.pk}/"
    record = unit.history.get()
    assert record.history_type == "+"
    assert record.history_user == world.admin


def test_add_unit_requires_a_name_and_says_so_in_swedish(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    before = Unit.objects.count()
    response = client.post(
        reverse("organisation:unit_create", args=[world.division.pk]), {"name": "", "kind": "area"}
    )
    assert response.status_code == 200
    assert Unit.objects.count() == before
    html = response.content.decode()
    assert "Detta fält måste fyllas i." in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_name_error"' in html


def test_rename_keeps_both_versions_in_history(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    unit = world.area
    response = client.post(
        reverse("organisation:unit_edit", args=[unit.pk]),
        {"name": "Område Akut", "kind": "area", "short_name": "", "case_prefix": "", "version": 1},
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.name == "Område Akut"
    assert unit.version == 2
    history = client.get(reverse("history:object", args=["unit", unit.pk])).content.decode()
    assert "Version 2" in history
    assert "Version 1" in history
    assert "Akutvård" in history
    assert "Område Akut" in history
    assert "Admin" in history


def test_concurrent_edit_is_refused_and_shows_what_changed(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    url = reverse("organisation:unit_edit", args=[world.area.pk])
    form = {"kind": "area", "short_name": "", "case_prefix": "", "version": 1}
    first = client.post(url, form | {"name": "Akutvård Östersund"})
    assert first.status_code == 302
    # A second person loaded version 1 too and now saves another name.
    second = client.post(url, form | {"name": "Akutsjukvård"})
    assert second.status_code == 200
    html = second.content.decode()
    assert "Någon annan har sparat under tiden" in html
    assert "Akutvård Östersund" in html
    world.area.refresh_from_db()
    assert world.area.name == "Akutvård Östersund"
    assert world.area.version == 2
    # The form now carries the current version: saving again is a deliberate overwrite.
    assert 'name="version" value="2"' in html
    third = client.post(url, form | {"name": "Akutsjukvård", "version": 2})
    assert third.status_code == 302
    world.area.refresh_from_db()
    assert world.area.name == "Akutsjukvård"


def test_move_rewrites_the_subtree(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_move", args=[world.division.pk]),
        {"parent": world.board.pk, "version": 1},
    )
    assert response.status_code == 302
    world.division.refresh_from_db()
    world.area.refresh_from_db()
    assert world.division.parent == world.board
    assert world.area.path == f"{world.board.path}{world.division.pk}/{world.area.pk}/"
    assert world.division.history.count() == 2


def test_move_under_itself_is_impossible(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_move", args=[world.division.pk]),
        {"parent": world.area.pk, "version": 1},
    )
    assert response.status_code == 200
    world.division.refresh_from_db()
    assert world.division.parent == world.committee


def test_move_to_other_region_is_impossible(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_move", args=[world.division.pk]),
        {"parent": world.other_region.pk, "version": 1},
    )
    assert response.status_code == 200
    world.division.refresh_from_db()
    assert world.division.parent == world.committee


def test_close_keeps_history_and_closes_the_subtree(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_close", args=[world.division.pk]),
        {"closed_on": "2026-12-31", "version": 1},
    )
    assert response.status_code == 302
    world.division.refresh_from_db()
    world.area.refresh_from_db()
    assert world.division.closed_on == datetime.date(2026, 12, 31)
    assert world.area.closed_on == datetime.date(2026, 12, 31)
    # Still readable, with its history, by those who could read it.
    assert client.get(reverse("organisation:unit", args=[world.area.pk])).status_code == 200
    assert world.area.history.count() == 2
    # Hidden from the tree unless asked for.
    tree = client.get(reverse("organisation:tree")).content.decode()
    assert "Akutvård" not in tree
    assert "Akutvård" in client.get(reverse("organisation:tree") + "?stangda=1").content.decode()


def test_reopen(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    client.post(
        reverse("organisation:unit_close", args=[world.area.pk]),
        {"closed_on": "2026-01-01", "version": 1},
    )
    response = client.post(
        reverse("organisation:unit_reopen", args=[world.area.pk]), {"version": 2}
    )
    assert response.status_code == 302
    world.area.refresh_from_db()
    assert world.area.closed_on is None


def test_region_cannot_be_closed(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:unit_close", args=[world.region.pk]),
        {"closed_on": "2026-01-01", "version": 1},
    )
    assert response.status_code == 200
    world.region.refresh_from_db()
    assert world.region.closed_on is None


@pytest.mark.parametrize("persona", ["controller", "owner", "reader", "auditor"])
def test_only_administrators_write_units(world: World, login, persona: str) -> None:  # type: ignore[no-untyped-def]
    client = login(world.persona(persona))
    response = client.post(
        reverse("organisation:unit_edit", args=[world.area.pk]),
        {"name": "X", "kind": "area", "version": 1},
    )
    assert response.status_code == 403
    world.area.refresh_from_db()
    assert world.area.name == "Akutvård"
