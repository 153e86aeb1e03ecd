"""Every role against every page of the organisation and history: 200, 403 or 404.

The outsider from Region Norrbotten gets 404 for everything of Jämtland Härjedalen,
so that not even the existence of an object leaks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.urls import reverse

from tests.conftest import World

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404

# page -> (url builder, expected status per persona)
PAGES: dict[str, tuple[Callable[[World], str], dict[str, int]]] = {
    "home": (
        lambda w: reverse("home"),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK),
    ),
    "tree": (
        lambda w: reverse("organisation:tree"),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK),
    ),
    "unit": (
        lambda w: reverse("organisation:unit", args=[w.division.pk]),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND),
    ),
    "unit above own (context)": (
        lambda w: reverse("organisation:unit", args=[w.council.pk]),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND),
    ),
    "sibling unit": (
        lambda w: reverse("organisation:unit", args=[w.board.pk]),
        dict(
            admin=OK,
            controller=NOT_FOUND,
            owner=NOT_FOUND,
            reader=NOT_FOUND,
            auditor=OK,
            outsider=NOT_FOUND,
        ),
    ),
    "unit edit": (
        lambda w: reverse("organisation:unit_edit", args=[w.division.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=NOT_FOUND,
        ),
    ),
    "unit create": (
        lambda w: reverse("organisation:unit_create", args=[w.division.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=NOT_FOUND,
        ),
    ),
    "unit move": (
        lambda w: reverse("organisation:unit_move", args=[w.area.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=NOT_FOUND,
        ),
    ),
    "unit close": (
        lambda w: reverse("organisation:unit_close", args=[w.area.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=NOT_FOUND,
        ),
    ),
    "unit history": (
        lambda w: reverse("history:object", args=["unit", w.division.pk]),
        dict(
            admin=OK,
            controller=OK,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=OK,
            outsider=NOT_FOUND,
        ),
    ),
    "people": (
        lambda w: reverse("organisation:people"),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK),
    ),
    "person": (
        lambda w: reverse("organisation:person", args=[w.owner.pk]),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND),
    ),
    # The outsider administers their own region and adds people there.
    "person create": (
        lambda w: reverse("organisation:person_create"),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=OK,
        ),
    ),
    "person edit": (
        lambda w: reverse("organisation:person_edit", args=[w.owner.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=FORBIDDEN,
            outsider=NOT_FOUND,
        ),
    ),
    "person history": (
        lambda w: reverse("history:object", args=["person", w.owner.pk]),
        dict(
            admin=OK,
            controller=FORBIDDEN,
            owner=FORBIDDEN,
            reader=FORBIDDEN,
            auditor=OK,
            outsider=NOT_FOUND,
        ),
    ),
    "history export": (
        lambda w: reverse("history:export"),
        dict(admin=OK, controller=OK, owner=FORBIDDEN, reader=FORBIDDEN, auditor=OK, outsider=OK),
    ),
    "profile": (
        lambda w: reverse("organisation:profile"),
        dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK),
    ),
}

CASES = [
    pytest.param(page, persona, status, id=f"{page}-{persona}")
    for page, (_url, expected) in PAGES.items()
    for persona, status in expected.items()
]


@pytest.mark.parametrize(("page", "persona", "status"), CASES)
def test_page_access(world: World, login, page: str, persona: str, status: int) -> None:  # type: ignore[no-untyped-def]
    url = PAGES[page][0](world)
    response = login(world.persona(persona)).get(url)
    assert response.status_code == status


@pytest.mark.parametrize("page", list(PAGES))
def test_anonymous_is_sent_to_login(world: World, client, page: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(PAGES[page][0](world))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_outsider_sees_nothing_of_the_other_region(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.outsider)
    tree = client.get(reverse("organisation:tree")).content.decode()
    assert "Region Norrbotten" in tree
    assert "Jämtland" not in tree
    assert "Hälso- och sjukvårdsnämnden" not in tree
    people = client.get(reverse("organisation:people")).content.decode()
    assert "anders" not in people
    assert "lena" in people


def test_person_without_role_sees_no_unit(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.nobody)
    assert client.get(reverse("organisation:unit", args=[world.region.pk])).status_code == 404
    assert "Jämtland" not in client.get(reverse("organisation:tree")).content.decode()
