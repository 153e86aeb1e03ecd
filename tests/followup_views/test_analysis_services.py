"""Writing an analysis: who may, what is refused in Swedish, conflicts, history, removal."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from audit.concurrency import EditConflict
from followup.models import Analysis, Period, PeriodKind
from followup.services import analyses
from followup.services.analyses import (
    analyses_mark,
    analyses_of,
    may_write_analysis,
    save_analysis,
    writable_keys,
)
from organisation.models import Unit
from planning.models import Goal, GoalLevel, Indicator, Perspective, PerspectiveKind
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


@pytest.fixture
def perspective(world: World) -> Perspective:
    return Perspective.objects.create(
        unit=world.committee, kind=PerspectiveKind.PERSPECTIVE, name="Medborgare"
    )


def _write(actor: Any, world: World, fw: FollowupWorld, **values: Any) -> Analysis | None:
    indicator = values.pop("indicator", fw.indicators[0])
    arguments = {"text": "Utfallet ökar.", "forecast": "partly_met", "seen_version": 0} | values
    return save_analysis(
        actor,
        world.committee,
        fw.period,
        "matt",
        indicator.pk,
        arguments["text"],
        arguments["forecast"],
        arguments["seen_version"],
    )


def test_the_controller_writes_a_measures_analysis_with_history(
    world: World, followup_world: FollowupWorld
) -> None:
    analysis = _write(world.controller, world, followup_world, text="Utfallet *ökar*.\r\n")
    assert analysis is not None
    assert (analysis.kind, analysis.subject_id) == ("matt", followup_world.indicators[0].pk)
    assert (analysis.text, analysis.forecast, analysis.version) == (
        "Utfallet *ökar*.",
        "partly_met",
        1,
    )
    assert analysis.written_by == world.controller
    changed = _write(world.controller, world, followup_world, text="Nytt.", seen_version=1)
    assert changed is not None and changed.version == 2
    records = list(analysis.history.order_by("history_id"))
    assert [(r.history_type, r.text, r.history_user) for r in records] == [
        ("+", "Utfallet *ökar*.", world.controller),
        ("~", "Nytt.", world.controller),
    ]


def test_a_forecast_without_text_is_kept_and_no_forecast_is_never_a_default(
    world: World, followup_world: FollowupWorld
) -> None:
    only_forecast = _write(world.controller, world, followup_world, text="", forecast="met")
    assert only_forecast is not None and only_forecast.forecast == "met"
    only_text = _write(
        world.controller, world, followup_world, indicator=followup_world.indicators[1], forecast=""
    )
    assert only_text is not None and only_text.forecast == ""


def test_empty_text_and_no_forecast_removes_the_analysis_and_keeps_its_history(
    world: World, followup_world: FollowupWorld
) -> None:
    analysis = _write(world.controller, world, followup_world)
    assert analysis is not None
    pk = analysis.pk
    assert (
        _write(world.controller, world, followup_world, text=" \n", forecast="", seen_version=1)
        is None
    )
    assert not Analysis.objects.filter(pk=pk).exists()
    last = Analysis.history.filter(id=pk).latest("history_id")
    assert (last.history_type, last.text, last.history_user) == (
        "-",
        "Utfallet ökar.",
        world.controller,
    )
    # Nothing written and nothing to remove: nothing happens.
    assert _write(world.controller, world, followup_world, text="", forecast="") is None
    assert not Analysis.objects.exists()


def test_two_people_never_overwrite_each_other(world: World, followup_world: FollowupWorld) -> None:
    _write(world.controller, world, followup_world, text="Karins text.")
    # The administrator opened the page before Karin saved: they saw no analysis.
    with pytest.raises(EditConflict) as seen_none:
        _write(world.admin, world, followup_world, text="Admins text.", seen_version=0)
    assert [(c.field, c.after) for c in seen_none.value.changes_since] == [
        ("text", "Karins text."),
        ("forecast", "Delvis uppfyllt"),
    ]
    _write(world.controller, world, followup_world, text="Karins andra text.", seen_version=1)
    with pytest.raises(EditConflict):
        _write(world.admin, world, followup_world, text="Admins text.", seen_version=1)
    with pytest.raises(EditConflict):  # removing what one did not see is refused too
        _write(world.admin, world, followup_world, text="", forecast="", seen_version=1)
    assert Analysis.objects.get().text == "Karins andra text."


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"text": "x" * 20_001}, "text", "Analysen är 20\u00a0001 tecken lång; den får vara högst"),
        ({"text": "Se [planen](/plan)."}, "text", "Länken ”/plan” börjar inte med https://"),
        ({"forecast": "probably"}, "forecast", "Välj prognosen för helåret bland: Uppfyllt,"),
    ],
)
def test_refusals_name_the_field_in_swedish(
    world: World, followup_world: FollowupWorld, values: dict[str, str], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _write(world.controller, world, followup_world, **values)
    assert list(refused.value.message_dict) == [field]
    assert refused.value.message_dict[field][0].startswith(message)
    assert not Analysis.objects.exists()


def test_who_writes_what(
    world: World, followup_world: FollowupWorld, perspective: Perspective
) -> None:
    unit, period = world.committee, followup_world.period
    share, own = followup_world.indicators[0], followup_world.indicators[1]
    goal = share.goal
    assert goal is not None
    for editor in (world.admin, world.controller):
        assert may_write_analysis(editor, unit, period, "matt", share.pk)
        assert may_write_analysis(editor, unit, period, "mal", goal.pk)
        assert may_write_analysis(editor, unit, period, "perspektiv", perspective.pk)
    # The measure's owner writes its analysis, not the goal's or another measure's.
    assert may_write_analysis(world.owner, unit, period, "matt", own.pk)
    assert not may_write_analysis(world.owner, unit, period, "matt", share.pk)
    assert not may_write_analysis(world.owner, unit, period, "mal", goal.pk)
    for reader in (world.reader, world.auditor, world.outsider, world.nobody):
        assert not may_write_analysis(reader, unit, period, "matt", share.pk)
    assert not may_write_analysis(world.controller, unit, period, "strategi", goal.pk)
    with pytest.raises(PermissionDenied):
        _write(world.reader, world, followup_world)
    with pytest.raises(PermissionDenied):  # the other region: not even read
        _write(world.outsider, world, followup_world)
    owned = _write(world.owner, world, followup_world, indicator=own)
    assert owned is not None and owned.written_by == world.owner


def test_nobody_writes_for_a_closed_unit(world: World, followup_world: FollowupWorld) -> None:
    Unit.objects.filter(pk=world.committee.pk).update(closed_on=datetime.date(2022, 3, 1))
    world.committee.refresh_from_db()
    assert not may_write_analysis(
        world.controller,
        world.committee,
        followup_world.period,
        "matt",
        followup_world.indicators[0].pk,
    )


@pytest.fixture
def writer_rule(world: World) -> Iterator[list[tuple[str, int]]]:
    """A rule that lets the reader write what it lists, as a report round does."""
    admitted: list[tuple[str, int]] = []

    def rule(actor: Any, unit: Unit, period: Period, kind: str, pk: int) -> bool:
        return actor == world.reader and (kind, pk) in admitted

    analyses.WRITER_RULES.append(rule)
    try:
        yield admitted
    finally:
        analyses.WRITER_RULES.remove(rule)


def test_a_registered_rule_admits_a_writer_the_base_rule_does_not(
    world: World, followup_world: FollowupWorld, writer_rule: list[tuple[str, int]]
) -> None:
    share = followup_world.indicators[0]
    with pytest.raises(PermissionDenied):
        _write(world.reader, world, followup_world)
    writer_rule.append(("matt", share.pk))
    written = _write(world.reader, world, followup_world)
    assert written is not None and written.written_by == world.reader
    assert not may_write_analysis(
        world.reader,
        world.committee,
        followup_world.period,
        "matt",
        followup_world.indicators[1].pk,
    )


def test_a_scope_lists_for_the_scorecard_what_a_rule_admits(
    world: World, followup_world: FollowupWorld
) -> None:
    share, other = followup_world.indicators[0], followup_world.indicators[1]
    listed = [("matt", share), ("matt", other)]
    unit, period = world.committee, followup_world.period
    assert writable_keys(world.reader, unit, period, listed) == set()
    analyses.WRITER_SCOPES.append(lambda actor, u, p: [("matt", share.pk), ("mal", 999)])
    try:
        assert writable_keys(world.reader, unit, period, listed) == {("matt", share.pk)}
    finally:
        analyses.WRITER_SCOPES.pop()
    assert writable_keys(world.controller, unit, period, listed) == {
        ("matt", share.pk),
        ("matt", other.pk),
    }


def test_only_the_units_plan_of_the_periods_year_has_analyses(
    world: World, followup_world: FollowupWorld
) -> None:
    period = followup_world.period
    elsewhere = Indicator.objects.create(unit=world.division, name="Divisionens mått")
    ended = Goal.objects.create(
        unit=world.committee, level=GoalLevel.COMMITTEE, title="Gammalt mål", last_year=2021
    )
    others = Perspective.objects.create(
        unit=world.other_region, kind=PerspectiveKind.PERSPECTIVE, name="Ekonomi"
    )
    council = Goal.objects.create(unit=world.council, level=GoalLevel.OVERARCHING, title="Ovan")
    for kind, pk in (("matt", elsewhere.pk), ("mal", ended.pk), ("perspektiv", others.pk)):
        with pytest.raises(Http404):
            save_analysis(world.controller, world.committee, period, kind, pk, "Text.", "", 0)
    # A goal set above the unit is part of its plan.
    assert save_analysis(world.controller, world.committee, period, "mal", council.pk, "Ja.", "", 0)
    other_period = Period.objects.create(
        unit=world.other_region,
        year=2022,
        kind=PeriodKind.TERTIAL,
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2022, 1, 1),
        ends_on=datetime.date(2022, 4, 30),
    )
    with pytest.raises(ValidationError) as refused:
        save_analysis(
            world.controller, world.committee, other_period, "mal", council.pk, "Text.", "", 0
        )
    assert refused.value.message_dict == {"period": ["Välj en period i enhetens organisation."]}


def test_analyses_are_read_at_once_and_marked_when_written(
    world: World, followup_world: FollowupWorld, perspective: Perspective
) -> None:
    unit, period = world.committee, followup_world.period
    assert analyses_mark(unit, period) == 0
    for indicator in followup_world.indicators:
        _write(world.controller, world, followup_world, indicator=indicator)
    save_analysis(world.controller, unit, period, "perspektiv", perspective.pk, "P.", "met", 0)
    first = analyses_mark(unit, period)
    with CaptureQueriesContext(connection) as queries:
        found = analyses_of(unit, period)
    assert len(queries) == 1
    assert set(found) == {("matt", i.pk) for i in followup_world.indicators} | {
        ("perspektiv", perspective.pk)
    }
    _write(world.controller, world, followup_world, text="", forecast="", seen_version=1)
    assert analyses_mark(unit, period) > first
