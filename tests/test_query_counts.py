"""A page costs the same number of queries with a few rows or with many."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from tests.conftest import World


def _grow(world: World, n: int, tag: str) -> None:
    """Add n units under the division, n people with a role on them, and n edits of the area."""
    units = [
        Unit(parent=world.division, name=f"Enhet {tag}{i}", kind=UnitKind.UNIT) for i in range(n)
    ]
    for unit in units:
        unit.save()
    people = User.objects.bulk_create(
        [
            User(username=f"person{tag}{i}", region=world.region, first_name=f"P{i}")
            for i in range(n)
        ]
    )
    RoleAssignment.objects.bulk_create(
        [RoleAssignment(user=p, unit=world.division, role=Role.READER) for p in people]
    )
    for i in range(n):
        world.area.name = f"Akutvård {i}"
        world.area.version += 1
        world.area.save()


PAGES: dict[str, Callable[[World], str]] = {
    "tree": lambda w: reverse("organisation:tree"),
    "unit": lambda w: reverse("organisation:unit", args=[w.division.pk]),
    "people": lambda w: reverse("organisation:people"),
    "person": lambda w: reverse("organisation:person", args=[w.controller.pk]),
    "unit history": lambda w: reverse("history:object", args=["unit", w.area.pk]),
    "home": lambda w: reverse("home"),
    "api units": lambda w: "/api/units",
}


def _count(client, url: str) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("page", list(PAGES))
def test_queries_do_not_grow_with_rows(world: World, login, page: str) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    url = PAGES[page](world)
    _grow(world, 3, "a")
    small = _count(client, url)
    _grow(world, 120, "b")
    large = _count(client, url)
    assert small == large, f"{page}: {small} queries with few rows, {large} with many"
