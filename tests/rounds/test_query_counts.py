"""A round's page and a writer's start page cost the same number of queries with few parts
or many."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from rounds.services.parts import add_section
from tests.conftest import World
from tests.rounds.conftest import DUE, RoundWorld


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_the_round_and_the_start_page_do_not_grow_with_the_parts(
    world: World, round_world: RoundWorld, client: Client
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner

    def add(count: int) -> None:
        for n in range(count):
            add_section(
                world.controller,
                kind,
                owner,
                found,
                heading=f"Avsnitt {n}",
                place="start",
                writer=world.owner,
                due_on=DUE,
                instructions="",
            )

    add(2)
    pages = [
        (world.controller, reverse("rounds:detail", args=[found.pk])),
        (world.owner, reverse("rounds:detail", args=[found.pk])),
        (world.owner, reverse("home")),
    ]
    few = []
    for person, url in pages:
        client.force_login(person)
        few.append(_queries(client, url))
    add(20)
    many = []
    for person, url in pages:
        client.force_login(person)
        many.append(_queries(client, url))
    assert many == few
