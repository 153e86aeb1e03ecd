"""Writing a document's chapters: who may, what is checked, order, history and concurrency."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.concurrency import EditConflict
from chapters.documents import document_kind
from chapters.models import Chapter
from chapters.services import (
    chapters_data,
    chapters_of,
    create_chapter,
    delete_chapter,
    move_chapter,
    update_chapter,
    written_mark,
)
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.internal_control_views.conftest import ControlWorld

PLAN = "verksamhetsplan"


def _plan(world: World, year: int = 2023):  # type: ignore[no-untyped-def]
    kind = document_kind(PLAN)
    assert kind is not None
    owner = kind.owner(world.committee, year)
    assert owner is not None
    return kind, owner


def test_the_controller_writes_chapters_in_the_plans_order(world: World) -> None:
    kind, owner = _plan(world)
    end = create_chapter(world.controller, kind, owner, heading="Bilagor", place="end", text="x")
    intro = create_chapter(
        world.controller, kind, owner, heading="  Inledning ", place="start", text="Text\r\n"
    )
    tasks = create_chapter(world.controller, kind, owner, heading="Uppgifter", place="start")
    assert [c.heading for c in chapters_of(kind, owner)] == ["Inledning", "Uppgifter", "Bilagor"]
    assert (intro.order, tasks.order, end.order) == (1, 2, 1)
    assert intro.text == "Text"
    record = intro.history.first()
    assert record is not None and record.history_user == world.controller
    assert chapters_data(kind, owner)[0] == {
        "place": "start",
        "level": 1,
        "heading": "Inledning",
        "text": "Text",
    }


@pytest.mark.parametrize("persona", ["owner", "reader", "auditor", "outsider", "installer"])
def test_only_those_who_edit_the_plan_write_its_chapters(world: World, persona: str) -> None:
    kind, owner = _plan(world)
    with pytest.raises(PermissionDenied):
        create_chapter(world.persona(persona), kind, owner, heading="Inledning", place="start")
    assert not Chapter.objects.exists()


def test_bad_values_are_refused_in_swedish_naming_the_field(world: World) -> None:
    kind, owner = _plan(world)
    with pytest.raises(ValidationError) as refused:
        create_chapter(world.controller, kind, owner, heading="", place="start", text="  \n")
    assert "Skriv en rubrik, en text eller båda." in refused.value.message_dict["heading"]
    with pytest.raises(ValidationError) as refused:
        create_chapter(world.controller, kind, owner, heading="A", place="mitten")
    assert refused.value.message_dict["place"][0].startswith("”mitten” är inte en plats")
    with pytest.raises(ValidationError) as refused:
        create_chapter(
            world.controller, kind, owner, heading="A", place="start", text="[se](/sida)"
        )
    assert "”/sida”" in refused.value.message_dict["text"][0]
    assert not Chapter.objects.exists()


def test_a_change_made_meanwhile_is_not_overwritten(world: World) -> None:
    kind, owner = _plan(world)
    chapter = create_chapter(world.controller, kind, owner, heading="Inledning", place="start")
    update_chapter(world.admin, kind, owner, chapter, 1, heading="Inledning 2023", place="start")
    stale = Chapter.objects.get(pk=chapter.pk)
    stale.version = 1
    with pytest.raises(EditConflict):
        update_chapter(world.controller, kind, owner, stale, 1, heading="Intro", place="start")
    assert Chapter.objects.get(pk=chapter.pk).heading == "Inledning 2023"


def test_moving_and_removing_keep_the_order_and_the_history(world: World) -> None:
    kind, owner = _plan(world)
    first, second, third = (
        create_chapter(world.controller, kind, owner, heading=h, place="start")
        for h in ("Ett", "Två", "Tre")
    )
    before = written_mark(kind, owner)
    move_chapter(world.controller, kind, owner, third, -1)
    assert [c.heading for c in chapters_of(kind, owner)] == ["Ett", "Tre", "Två"]
    move_chapter(world.controller, kind, owner, first, -1)  # already first: nothing moves
    assert [c.heading for c in chapters_of(kind, owner)] == ["Ett", "Tre", "Två"]
    assert written_mark(kind, owner) > before
    moved = written_mark(kind, owner)
    removed = second.pk
    delete_chapter(world.controller, kind, owner, second)
    assert [c.heading for c in chapters_of(kind, owner)] == ["Ett", "Tre"]
    assert written_mark(kind, owner) > moved
    assert Chapter.history.filter(id=removed, history_type="-").exists()  # type: ignore[attr-defined]


def test_a_chapter_moved_to_another_place_goes_last_there(world: World) -> None:
    kind, owner = _plan(world)
    create_chapter(world.controller, kind, owner, heading="Slut", place="end")
    moved = create_chapter(world.controller, kind, owner, heading="Flyttas", place="start")
    update_chapter(world.controller, kind, owner, moved, 1, heading="Flyttas", place="end")
    assert [(c.heading, c.place) for c in chapters_of(kind, owner)] == [
        ("Slut", "end"),
        ("Flyttas", "end"),
    ]


def test_each_document_is_found_only_in_its_own_unit(
    world: World, control_world: ControlWorld, followup_world: FollowupWorld
) -> None:
    control = document_kind("internkontrollplan")
    report = document_kind("rapport")
    assert control is not None and report is not None
    assert control.owner(world.committee, control_world.plan.pk) is not None
    assert control.owner(world.division, control_world.plan.pk) is None
    assert report.owner(world.committee, followup_world.period.pk) is not None
    assert report.owner(world.other_division, followup_world.period.pk) is None
    plan_kind = document_kind(PLAN)
    assert plan_kind is not None and plan_kind.owner(world.committee, 99) is None


def test_the_reports_chapters_are_written_by_its_controller(
    world: World, followup_world: FollowupWorld
) -> None:
    report = document_kind("rapport")
    assert report is not None
    owner = report.owner(world.committee, followup_world.period.pk)
    assert owner is not None
    create_chapter(world.controller, report, owner, heading="Inledning", place="start")
    with pytest.raises(PermissionDenied):
        create_chapter(world.reader, report, owner, heading="Inledning", place="start")
    assert Chapter.objects.filter(document="rapport").count() == 1
