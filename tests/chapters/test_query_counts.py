"""A document's chapters page costs the same number of queries with few chapters or many."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chapters.documents import document_kind
from chapters.services import create_chapter
from tests.conftest import World


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_the_chapters_page_and_the_plan_page_do_not_grow_with_the_chapters(
    world: World, client: Client
) -> None:
    kind = document_kind("verksamhetsplan")
    assert kind is not None
    owner = kind.owner(world.committee, 2023)
    assert owner is not None
    client.force_login(world.controller)
    pages = [
        reverse("chapters:list", args=["verksamhetsplan", world.committee.pk, 2023]),
        reverse("planning:plan", args=[world.committee.pk]) + "?ar=2023",
    ]

    def write(count: int) -> None:
        for n in range(count):
            create_chapter(
                world.controller, kind, owner, heading=f"Kapitel {n}", place="start", text="- a"
            )

    write(2)
    few = [_queries(client, url) for url in pages]
    write(20)
    assert [_queries(client, url) for url in pages] == few
