"""Approving a round: refused until every part is ready, then the report's files kept as
sent and given byte for byte after later edits; the next round starts from it."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from chapters.models import Chapter, SentDocument
from chapters.services import update_chapter
from followup.chapter_documents import PERIOD_REPORT, report_owner
from followup.models import Period, PeriodKind, PeriodStatus
from rounds.models import PartKind, PartState, ReportRound, RoundStatus
from rounds.services.approve import approve_round, make_sent_files
from rounds.services.parts import assign_part, mark_ready
from rounds.services.start import start_round
from tests.conftest import World
from tests.rounds.conftest import DUE, TODAY, RoundWorld


def _all_ready(world: World, round_world: RoundWorld, found: ReportRound) -> None:
    for part in found.parts.all():
        mark_ready(world.controller, round_world.kind, round_world.owner, part)


def test_approval_is_refused_naming_the_parts_not_ready(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    first = found.parts.order_by("order").first()
    assert first is not None
    mark_ready(world.controller, kind, owner, first)
    with pytest.raises(ValidationError) as refused:
        approve_round(world.controller, kind, owner, found)
    message = refused.value.messages[0]
    assert "Antal suicidriskbedömningar" in message and "Inledning" not in message
    with pytest.raises(PermissionDenied):
        approve_round(world.owner, kind, owner, found)
    found.refresh_from_db()
    assert found.status == RoundStatus.OPEN and not SentDocument.objects.exists()


def test_the_approved_report_is_given_byte_for_byte_after_later_edits(
    world: World, round_world: RoundWorld, client: Client
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    _all_ready(world, round_world, found)
    approved = approve_round(world.controller, kind, owner, found)
    assert approved.status == RoundStatus.APPROVED and approved.approved_by == world.controller
    kept = {f.file_format: f for f in SentDocument.objects.all()}
    assert set(kept) == {"pdf", "docx"}
    pdf = bytes(kept["pdf"].content)
    assert pdf.startswith(b"%PDF") and kept["pdf"].sha256 == hashlib.sha256(pdf).hexdigest()

    client.force_login(world.controller)
    sent_url = f"/rapportrundor/{found.pk}/skickad.pdf"
    period = round_world.followup.period
    report_url = f"/rapporter/tertialrapport/{world.committee.pk}/{period.pk}/pdf/?version=skickad"
    first = client.get(sent_url)
    assert (
        first.status_code == 200
        and b"".join(first.streaming_content if first.streaming else [first.content]) == pdf
    )

    # Later: the introduction is written again, and the job runs a second time.
    chapter = round_world.intro
    update_chapter(
        world.controller,
        PERIOD_REPORT,
        owner,
        chapter,
        chapter.version,
        place="start",
        level=1,
        heading="Inledning",
        text="Skrivet efteråt.",
    )
    make_sent_files.call(found.pk, "sv")
    assert SentDocument.objects.count() == 2
    for url in (sent_url, report_url):
        again = client.get(url)
        assert again.status_code == 200
        assert again.content == pdf
    word = client.get(f"/rapportrundor/{found.pk}/skickad.docx")
    assert word.content == bytes(kept["docx"].content)


def test_nothing_in_an_approved_round_changes(world: World, round_world: RoundWorld) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    _all_ready(world, round_world, found)
    approve_round(world.controller, kind, owner, found)
    part = found.parts.first()
    assert part is not None
    part.round.refresh_from_db()
    with pytest.raises(ValidationError):
        assign_part(
            world.controller,
            kind,
            owner,
            part,
            part.version,
            writer=None,
            due_on=DUE,
            instructions="",
        )
    with pytest.raises(ValidationError):
        approve_round(world.controller, kind, owner, found)


def test_a_report_never_sent_has_no_sent_version(
    world: World, round_world: RoundWorld, client: Client
) -> None:
    client.force_login(world.controller)
    response = client.get(
        f"/rapporter/tertialrapport/{world.committee.pk}/{round_world.followup.period.pk}/pdf/?version=skickad"
    )
    assert response.status_code == 404


def test_the_next_round_starts_from_the_sent_one(world: World, round_world: RoundWorld) -> None:
    found = round_world.start(world.controller, instructions="Kort.")
    kind, owner = round_world.kind, round_world.owner
    section = found.parts.get(kind=PartKind.SECTION)
    assign_part(
        world.controller,
        kind,
        owner,
        section,
        section.version,
        writer=world.owner,
        due_on=DUE,
        instructions="Två stycken.",
    )
    _all_ready(world, round_world, found)
    approve_round(world.controller, kind, owner, found)
    second = Period.objects.create(
        unit=world.region,
        year=2022,
        kind=PeriodKind.TERTIAL,
        number=2,
        name="DÅ08",
        starts_on=datetime.date(2022, 5, 1),
        ends_on=datetime.date(2022, 8, 31),
        status=PeriodStatus.PLANNED,
    )
    next_owner = report_owner(world.committee, second)
    rolled = start_round(
        world.controller,
        kind,
        next_owner,
        due_on=datetime.date(2022, 9, 12),
        earlier=found,
        today=TODAY,
    )
    parts = list(rolled.parts.order_by("order"))
    assert rolled.started_from == found
    assert [p.kind for p in parts] == [
        PartKind.SECTION,
        PartKind.ANALYSIS,
        PartKind.ANALYSIS,
        PartKind.OUTCOMES,
    ]
    assert all(p.state == PartState.OPEN and p.due_on == datetime.date(2022, 9, 12) for p in parts)
    rolled_section = parts[0]
    assert (rolled_section.writer, rolled_section.instructions) == (world.owner, "Två stycken.")
    # The section's text is the start of the next report's, in a chapter of its own.
    chapter = rolled_section.chapter
    assert chapter is not None and chapter.pk != round_world.intro.pk
    assert (chapter.owner, chapter.heading, chapter.text) == (
        second.pk,
        "Inledning",
        "Tertialen i korthet.",
    )
    assert Chapter.objects.filter(document="rapport").count() == 2
    assert str(second) in parts[-1].title
