"""Reminders by e-mail: before and after each deadline, once per deadline and person however
often the job runs, as each person chooses and by the region's rules; a weekly summary; a
send that fails is tried again and records nothing."""

from __future__ import annotations

import datetime
import io
from typing import Any

from django.core import mail
from django.core.management import call_command

from duties.models import ReminderChoice, ReminderRules, ReminderSent, Stage
from duties.reminders import send_due_reminders
from tests.duties.conftest import DUE, DutyWorld

TWO_DAYS_BEFORE = DUE - datetime.timedelta(days=2)
DAY_AFTER = DUE + datetime.timedelta(days=1)


def _run(day: datetime.date) -> str:
    out = io.StringIO()
    call_command("send_reminders", "--date", day.isoformat(), stdout=out)
    return out.getvalue()


def test_the_job_run_twice_sends_one_reminder_before_and_one_after(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    assert _run(TWO_DAYS_BEFORE - datetime.timedelta(days=1)).strip() == "sent 0"
    assert _run(TWO_DAYS_BEFORE).strip() == "sent 1"
    assert _run(TWO_DAYS_BEFORE).strip() == "sent 0"
    assert _run(DUE).strip() == "sent 0"  # the day itself: the reminder before is sent
    assert len(mailoutbox) == 1
    before = mailoutbox[0]
    assert before.to == [w.owner.email]
    assert before.subject == "styr: en sista dag närmar sig"
    assert "Ska rapporteras senast 31 augusti 2025" in before.body
    assert "- Åtgärd 1: Förbättra förutsättningar för utbildningsinsatser" in before.body
    assert "Kontrollmoment 1: Stickprov av journaler" in before.body
    action = duty_world.control.plan.actions.get()
    assert f"http://127.0.0.1:8000/internkontroll/atgard/{action.pk}/rapportera/" in before.body
    assert _run(DAY_AFTER).strip() == "sent 1"
    assert _run(DAY_AFTER).strip() == "sent 0"
    assert _run(DAY_AFTER + datetime.timedelta(days=5)).strip() == "sent 0"
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject == "styr: en sista dag har passerat"
    assert "Skulle ha rapporterats senast 31 augusti 2025" in mailoutbox[1].body
    sent = ReminderSent.objects.values_list("user_id", "subject", "due_on", "stage", "items")
    subject = f"followup:{duty_world.followup.pk}"
    assert sorted(sent) == sorted(
        [
            (w.owner.pk, subject, DUE, Stage.BEFORE, 3),
            (w.owner.pk, subject, DUE, Stage.AFTER, 3),
        ]
    )


def test_nothing_goes_out_once_everything_is_reported(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    duty_world.followup.closed = True
    duty_world.followup.save()
    assert send_due_reminders(DAY_AFTER) == 0
    assert mailoutbox == []


def test_each_person_chooses_what_to_receive(duty_world: DutyWorld, mailoutbox: list[Any]) -> None:
    w = duty_world.base
    ReminderChoice.objects.create(user=w.owner, before=False, after=True)
    assert send_due_reminders(TWO_DAYS_BEFORE) == 0
    assert send_due_reminders(DAY_AFTER) == 1
    assert [m.subject for m in mailoutbox] == ["styr: en sista dag har passerat"]


def test_a_person_without_an_address_gets_nothing_and_nothing_is_recorded(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    w.owner.email = ""
    w.owner.save()
    assert send_due_reminders(TWO_DAYS_BEFORE) == 0
    assert mailoutbox == [] and not ReminderSent.objects.exists()


def test_the_region_sets_how_early_and_how_late(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    ReminderRules.objects.create(region=w.region, days_before=5, days_after=3)
    assert send_due_reminders(DUE - datetime.timedelta(days=6)) == 0
    assert send_due_reminders(DUE - datetime.timedelta(days=5)) == 1
    assert send_due_reminders(DUE + datetime.timedelta(days=2)) == 0
    assert send_due_reminders(DUE + datetime.timedelta(days=3)) == 1
    assert len(mailoutbox) == 2


def test_the_weekly_summary_goes_out_once_on_the_regions_day(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    ReminderChoice.objects.create(user=w.owner, before=False, after=False, digest=True)
    ReminderRules.objects.create(region=w.region, days_before=2, days_after=1, digest_weekday=2)
    wednesday = datetime.date(2025, 9, 3)
    assert wednesday.weekday() == 2
    assert send_due_reminders(wednesday - datetime.timedelta(days=1)) == 0
    assert send_due_reminders(wednesday) == 1
    assert send_due_reminders(wednesday) == 0
    assert len(mailoutbox) == 1
    summary = mailoutbox[0]
    assert summary.subject == "styr: det här ska du göra den här veckan"
    assert "Skulle ha rapporterats senast 31 augusti 2025" in summary.body
    assert summary.body.count("\n- ") == 3
    assert send_due_reminders(wednesday + datetime.timedelta(days=7)) == 1


def test_a_send_that_fails_records_nothing_and_is_tried_again(
    duty_world: DutyWorld, settings: Any, mailoutbox: list[Any]
) -> None:
    # A real SMTP connection to a port where nothing listens: the send fails.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    assert send_due_reminders(TWO_DAYS_BEFORE) == 0
    assert not ReminderSent.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_due_reminders(TWO_DAYS_BEFORE) == 1
    assert len(mail.outbox) == 1


def test_a_reminder_by_hand_stands_for_the_automatic_one_it_came_after(
    duty_world: DutyWorld, mailoutbox: list[Any]
) -> None:
    w = duty_world.base
    subject = f"followup:{duty_world.followup.pk}"
    ReminderSent.objects.create(
        user=w.owner,
        subject=subject,
        due_on=DUE,
        stage=Stage.BY_HAND,
        sent_on=DUE - datetime.timedelta(days=3),
        sent_by=w.controller,
    )
    # Before the window of the reminder before: that one still goes out.
    assert send_due_reminders(TWO_DAYS_BEFORE) == 1
    ReminderSent.objects.filter(stage=Stage.BY_HAND).update(sent_on=DAY_AFTER)
    assert send_due_reminders(DAY_AFTER) == 0
    assert send_due_reminders(DAY_AFTER + datetime.timedelta(days=1)) == 0
    assert len(mailoutbox) == 1
