"""A round's parts are due to their writers: on the start page, most urgent first, with the
keeper's comment when sent back; reminded by e-mail once per deadline however often the job
runs; gone once marked ready or approved."""

from __future__ import annotations

import datetime
from typing import Any

from django.test import Client
from django.urls import reverse

from duties.due import due_for
from duties.reminders import send_due_reminders
from rounds.models import PartKind
from rounds.services.parts import assign_part, mark_ready, send_back
from tests.conftest import World
from tests.rounds.conftest import DUE, RoundWorld


def _owned(round_world: RoundWorld, world: World) -> Any:
    found = round_world.start(world.controller)
    section = found.parts.get(kind=PartKind.SECTION)
    kind, owner = round_world.kind, round_world.owner
    assign_part(
        world.controller,
        kind,
        owner,
        section,
        section.version,
        writer=world.owner,
        due_on=DUE,
        instructions="",
    )
    return found


def test_the_writer_finds_each_part_on_the_start_page(
    world: World, round_world: RoundWorld, client: Client
) -> None:
    found = _owned(round_world, world)
    items = [i for i in due_for(world.owner) if i.subject == f"round:{found.pk}"]
    assert sorted(i.title for i in items) == ["2 Antal suicidriskbedömningar", "Inledning"]
    assert {i.due_on for i in items} == {DUE}
    part = found.parts.get(kind=PartKind.SECTION)
    client.force_login(world.owner)
    page = client.get(reverse("home")).content.decode()
    assert reverse("rounds:part", args=[part.pk]) in page
    assert "Skriv och klarmarkera" in page
    kind, owner = round_world.kind, round_world.owner
    mark_ready(world.owner, kind, owner, part)
    send_back(world.controller, kind, owner, part, "Lägg till trenden.")
    returned = next(i for i in due_for(world.owner) if i.title == "Inledning")
    assert returned.task == "Skickad tillbaka: skriv om och klarmarkera"
    part.refresh_from_db()
    mark_ready(world.owner, kind, owner, part)
    assert [i.title for i in due_for(world.owner) if i.subject == f"round:{found.pk}"] == [
        "2 Antal suicidriskbedömningar"
    ]


def test_a_writer_is_reminded_once_two_days_before(
    world: World, round_world: RoundWorld, mailoutbox: list[Any]
) -> None:
    world.owner.email = "anders@rjh.example"
    world.owner.save(update_fields=["email"])
    found = _owned(round_world, world)
    two_days_before = DUE - datetime.timedelta(days=2)
    assert send_due_reminders(two_days_before) == 1
    assert send_due_reminders(two_days_before) == 0
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert mailoutbox[0].to == ["anders@rjh.example"]
    assert "Inledning" in body and "2 Antal suicidriskbedömningar" in body
    part = found.parts.get(kind=PartKind.SECTION)
    assert reverse("rounds:part", args=[part.pk]) in body


def test_the_keeper_reminds_a_writer_by_hand_once_a_day(
    world: World, round_world: RoundWorld, client: Client, mailoutbox: list[Any]
) -> None:
    world.owner.email = "anders@rjh.example"
    world.owner.save(update_fields=["email"])
    found = _owned(round_world, world)
    url = reverse("duties:remind_round", args=[found.pk])
    client.force_login(world.owner)
    assert client.get(url).status_code == 403  # a writer does not remind
    client.force_login(world.controller)
    page = client.get(url).content.decode()
    assert "Påminn Anders" in page and "Inledning" in page
    assert client.post(url, {"person": ["all"]}).status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anders@rjh.example"]
    assert "Inledning" in mailoutbox[0].body
    client.post(url, {"person": [str(world.owner.pk)]})
    assert len(mailoutbox) == 1  # reminded today already
    assert "Påmind i dag." in client.get(url).content.decode()
