"""Starting a round and writing its parts: who may, what is checked, and the history."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.concurrency import EditConflict
from chapters.access import chapter_or_404
from chapters.services import move_chapter, update_chapter
from followup.chapter_documents import PERIOD_REPORT
from followup.services.analyses import may_write_analysis, save_analysis, writable_keys
from rounds.models import PartKind, PartState, ReportRound, RoundPart
from rounds.services.parts import assign_part, mark_ready, send_back, undo_ready
from tests.conftest import World
from tests.rounds.conftest import DUE, TODAY, RoundWorld


def _part(found: ReportRound, kind: str) -> RoundPart:
    part = found.parts.filter(kind=kind).order_by("order").first()
    assert part is not None
    return part


def test_a_round_begins_with_the_reports_sections_measures_and_outcomes(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller, instructions="Skriv kort.")
    parts = list(found.parts.order_by("order"))
    assert [(p.kind, p.title) for p in parts[:-1]] == [
        (PartKind.SECTION, "Inledning"),
        (PartKind.ANALYSIS, "1 Andel patienter som fått frågan om våld"),
        (PartKind.ANALYSIS, "2 Antal suicidriskbedömningar"),
    ]
    assert parts[-1].kind == PartKind.OUTCOMES
    # The yearly measure (3 Sjukfrånvaro) is not asked for in a tertial.
    assert not any("Sjukfrånvaro" in p.title for p in parts)
    assert str(round_world.followup.period) in parts[-1].title
    assert all(p.due_on == DUE and p.state == PartState.OPEN for p in parts)
    # The measure's owner writes its analysis; no one is assigned what has no owner.
    owned = next(p for p in parts if p.title.startswith("2 "))
    assert owned.writer == world.owner
    assert parts[0].writer is None and parts[0].chapter == round_world.intro
    assert found.instructions == "Skriv kort."
    record = found.history.first()
    assert record is not None and record.history_user == world.controller


@pytest.mark.parametrize("persona", ["owner", "reader", "auditor", "outsider", "installer"])
def test_only_the_reports_keepers_start_a_round(
    world: World, round_world: RoundWorld, persona: str
) -> None:
    with pytest.raises(PermissionDenied):
        round_world.start(world.persona(persona))
    assert not ReportRound.objects.exists()


def test_a_round_needs_a_last_day_from_today_and_is_started_once(
    world: World, round_world: RoundWorld
) -> None:
    with pytest.raises(ValidationError) as missing:
        round_world.start(world.controller, due_on=None)
    assert "due_on" in missing.value.message_dict
    with pytest.raises(ValidationError) as passed:
        round_world.start(world.controller, due_on=TODAY.replace(day=1))
    assert "2022-05-01" in passed.value.message_dict["due_on"][0]
    round_world.start(world.controller)
    with pytest.raises(ValidationError) as twice:
        round_world.start(world.controller)
    assert "period" in twice.value.message_dict
    assert ReportRound.objects.count() == 1


def test_a_writer_must_read_the_report_and_outcomes_go_to_a_controller(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller)
    section = _part(found, PartKind.SECTION)
    kind, owner = round_world.kind, round_world.owner
    for stranger in (world.outsider, world.nobody):
        with pytest.raises(ValidationError) as refused:
            assign_part(
                world.controller,
                kind,
                owner,
                section,
                section.version,
                writer=stranger,
                due_on=DUE,
                instructions="",
            )
        assert "writer" in refused.value.message_dict
    outcomes = _part(found, PartKind.OUTCOMES)
    with pytest.raises(ValidationError) as not_a_controller:
        assign_part(
            world.controller,
            kind,
            owner,
            outcomes,
            outcomes.version,
            writer=world.owner,
            due_on=DUE,
            instructions="",
        )
    assert "writer" in not_a_controller.value.message_dict
    with pytest.raises(PermissionDenied):
        assign_part(
            world.owner,
            kind,
            owner,
            section,
            section.version,
            writer=world.owner,
            due_on=DUE,
            instructions="",
        )
    assigned = assign_part(
        world.controller,
        kind,
        owner,
        section,
        section.version,
        writer=world.owner,
        due_on=DUE,
        instructions=" Två stycken. ",
    )
    assert (assigned.writer, assigned.instructions) == (world.owner, "Två stycken.")
    with pytest.raises(EditConflict):
        assign_part(
            world.controller,
            kind,
            owner,
            section,
            1,
            writer=None,
            due_on=DUE,
            instructions="",
        )


def test_a_sections_writer_writes_its_chapter_until_it_is_ready(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    section = _part(found, PartKind.SECTION)
    chapter = round_world.intro
    with pytest.raises(PermissionDenied):
        chapter_or_404(world.owner, chapter.pk, write=True)
    section = assign_part(
        world.controller,
        kind,
        owner,
        section,
        section.version,
        writer=world.owner,
        due_on=DUE,
        instructions="",
    )
    chapter_or_404(world.owner, chapter.pk, write=True)
    updated = update_chapter(
        world.owner,
        PERIOD_REPORT,
        owner,
        chapter,
        chapter.version,
        place="start",
        level=1,
        heading="Inledning",
        text="Anders skriver.",
    )
    assert updated.text == "Anders skriver."
    # Their part is the chapter's text where it stands, not the document's order.
    with pytest.raises(PermissionDenied):
        chapter_or_404(world.owner, chapter.pk, write=True, whole_document=True)
    with pytest.raises(PermissionDenied):
        move_chapter(world.owner, PERIOD_REPORT, owner, updated, 1)
    with pytest.raises(ValidationError) as moved:
        update_chapter(
            world.owner,
            PERIOD_REPORT,
            owner,
            updated,
            updated.version,
            place="end",
            level=1,
            heading="Inledning",
            text="x",
        )
    assert "place" in moved.value.message_dict
    mark_ready(world.owner, kind, owner, section)
    with pytest.raises(PermissionDenied):
        chapter_or_404(world.owner, chapter.pk, write=True)
    # Not ready after all: they write on.
    undo_ready(world.owner, kind, owner, section)
    chapter_or_404(world.owner, chapter.pk, write=True)


def test_the_keeper_sends_a_ready_part_back_with_a_comment(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    part = found.parts.get(writer=world.owner)
    with pytest.raises(PermissionDenied):
        mark_ready(world.reader, kind, owner, part)
    part = mark_ready(world.owner, kind, owner, part)
    assert part.state == PartState.READY and part.ready_at is not None
    with pytest.raises(PermissionDenied):
        send_back(world.owner, kind, owner, part, "Nej")
    with pytest.raises(ValidationError) as empty:
        send_back(world.controller, kind, owner, part, "  ")
    assert "comment" in empty.value.message_dict
    part = send_back(world.controller, kind, owner, part, "Lägg till trenden.")
    assert (part.state, part.comment, part.ready_at) == (
        PartState.RETURNED,
        "Lägg till trenden.",
        None,
    )
    record = part.history.first()
    assert record is not None
    assert (record.history_user, record.history_change_reason) == (
        world.controller,
        "Lägg till trenden.",
    )
    part = mark_ready(world.owner, kind, owner, part)
    assert part.state == PartState.READY


def test_a_measures_assigned_writer_writes_its_analysis_until_it_is_ready(
    world: World, round_world: RoundWorld
) -> None:
    found = round_world.start(world.controller)
    kind, owner = round_world.kind, round_world.owner
    unit, period = world.committee, round_world.followup.period
    measure = round_world.followup.indicators[0]  # no owner: no one writes it but controllers
    part = found.parts.get(kind=PartKind.ANALYSIS, subject_id=measure.pk)
    assert not may_write_analysis(world.reader, unit, period, "matt", measure.pk)
    part = assign_part(
        world.controller,
        kind,
        owner,
        part,
        part.version,
        writer=world.reader,
        due_on=DUE,
        instructions="",
    )
    assert may_write_analysis(world.reader, unit, period, "matt", measure.pk)
    assert ("matt", measure.pk) in writable_keys(world.reader, unit, period, [("matt", measure)])
    written = save_analysis(world.reader, unit, period, "matt", measure.pk, "Ökar.", "", None)
    assert written is not None and written.text == "Ökar."
    # Only their own part: another measure's analysis stays the controllers'.
    other = round_world.followup.indicators[2]
    assert not may_write_analysis(world.reader, unit, period, "matt", other.pk)
    mark_ready(world.reader, kind, owner, part)
    assert not may_write_analysis(world.reader, unit, period, "matt", measure.pk)
