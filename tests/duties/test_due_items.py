"""What a person has to do: the follow-up's items of internal control, the measures promised
to the auditors and the outcomes of open periods, most urgent first, gone once reported."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse

from duties.due import due_for
from duties.items import DueItem, most_urgent_first
from duties.reminders import send_due_reminders
from internal_control.services.actions import report_action
from internal_control.services.risks import assess_risk
from tests.audits.conftest import make_review_world
from tests.duties.conftest import DUE, DutyWorld
from tests.followup_views.conftest import make_followup_world


def _item(due_on: datetime.date | None, title: str = "x") -> DueItem:
    return DueItem(1, "Åtgärd 1", title, "/", "Rapportera", "Uppföljning", "s", due_on)


def test_states_follow_the_deadline() -> None:
    today = datetime.date(2025, 8, 25)
    assert _item(datetime.date(2025, 8, 24)).state(today) == "late"
    assert _item(today).state(today) == "today"
    assert _item(datetime.date(2025, 9, 1)).state(today) == "soon"
    assert _item(datetime.date(2025, 9, 2)).state(today) == "later"
    assert _item(None).state(today) == "undated"


def test_most_urgent_first_puts_what_has_no_deadline_last() -> None:
    items = [_item(None, "a"), _item(datetime.date(2025, 9, 1), "b"), _item(DUE, "c")]
    assert [i.title for i in most_urgent_first(items)] == ["c", "b", "a"]


def test_the_owner_is_asked_for_each_item_of_the_open_followup(duty_world: DutyWorld) -> None:
    w = duty_world.base
    items = due_for(w.owner)
    assert [(i.kind, i.due_on) for i in items] == [
        ("Åtgärd 1", DUE),
        ("Kontrollmoment 1", DUE),
        ("Risk 1", DUE),
    ]
    action = duty_world.control.plan.actions.get()
    assert items[0].url == reverse("internal_control:action_report", args=[action.pk])
    assert items[0].context == (
        "Uppföljning augusti, Hälso- och sjukvårdsnämndens internkontrollplan 2025"
    )
    assert items[0].subject == f"followup:{duty_world.followup.pk}"
    # Nobody else owns anything in the plan: the controller has nothing of their own.
    assert due_for(w.controller) == []


def test_what_is_reported_at_the_followup_is_no_longer_due(duty_world: DutyWorld) -> None:
    w = duty_world.base
    action = duty_world.control.plan.actions.get()
    report_action(
        w.owner,
        action,
        status="in_progress",
        comment="Utbildningen är planerad.",
        reported_on=datetime.date(2025, 8, 20),
        followup=duty_world.followup,
    )
    risk = duty_world.control.risks[0]
    assess_risk(
        w.owner,
        risk,
        probability=2,
        severity=3,
        assessed_on=datetime.date(2025, 8, 20),
        reason="Färre avvikelser",
        followup=duty_world.followup,
    )
    assert [i.kind for i in due_for(w.owner)] == ["Kontrollmoment 1"]


def test_a_done_action_and_a_closed_followup_ask_nothing(duty_world: DutyWorld) -> None:
    w = duty_world.base
    duty_world.control.plan.actions.update(status="done")
    assert [i.kind for i in due_for(w.owner)] == ["Kontrollmoment 1", "Risk 1"]
    duty_world.followup.closed = True
    duty_world.followup.save()
    assert due_for(w.owner) == []


def test_a_measure_promised_to_the_auditors_is_due_by_its_deadline(
    duty_world: DutyWorld,
) -> None:
    w = duty_world.base
    review = make_review_world(w)
    promised = [i for i in due_for(w.owner) if i.kind == "Utlovad åtgärd"]
    assert [(i.title, i.due_on, i.subject) for i in promised] == [
        ("Rätt storlek, rätt stöd.", datetime.date(2099, 6, 30), f"promise:{review.owned.pk}")
    ]
    assert promised[0].url == reverse("committee:promise_report", args=[review.owned.pk])
    review.owned.status = "done"
    review.owned.save()
    assert [i for i in due_for(w.owner) if i.kind == "Utlovad åtgärd"] == []


def test_outcomes_of_an_open_period_are_due_per_unit_without_a_deadline(
    duty_world: DutyWorld,
) -> None:
    w = duty_world.base
    fw = make_followup_world(w)
    controller = [i for i in due_for(w.controller) if i.kind == "Utfall"]
    # The tertial asks for the two tertial measures; the yearly one waits for the year.
    assert [(i.title, i.due_on) for i in controller] == [("2 mätetal saknar utfall", None)]
    assert controller[0].url == reverse("followup:grid", args=[fw.period.pk, w.committee.pk])
    owner = [i for i in due_for(w.owner) if i.kind == "Utfall"]
    assert [i.title for i in owner] == ["1 mätetal saknar utfall"]
    # The reader reports nothing.
    assert due_for(w.reader) == []


def test_outcomes_are_due_by_the_periods_last_day_once_it_is_set(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    fw = make_followup_world(w)
    fw.period.report_by = datetime.date(2022, 5, 10)
    fw.period.save()
    outcomes = [i for i in due_for(w.controller) if i.kind == "Utfall"]
    assert [i.due_on for i in outcomes] == [datetime.date(2022, 5, 10)]
    # The reminder job reaches the controller and the owner who report the period's measures.
    # The region's administrator holds every unit, so reports (and is reminded) too.
    assert send_due_reminders(datetime.date(2022, 5, 8)) == 3
    assert send_due_reminders(datetime.date(2022, 5, 8)) == 0
    to = sorted(m.to[0] for m in mailoutbox)
    assert to == ["admin@rjh.example", "anders@rjh.example", "karin@rjh.example"]
