"""The reminders as tasks on the job queue: the daily run, and a reminder by hand."""

from __future__ import annotations

import datetime

from audit.tasks import background
from duties.due_by_hand import followup_subject_items
from duties.reminders import remind_by_hand, send_due_reminders
from duties.round_parts_due import round_part_items
from organisation.models import User


@background
def send_reminders(day: str) -> int:
    """What `day` (an ISO date) asks for; safe to run twice: each reminder is sent once."""
    return send_due_reminders(datetime.date.fromisoformat(day))


@background
def remind_of_followup(followup_id: int, people: list[int], sender_id: int, day: str) -> int:
    sender = User.objects.filter(pk=sender_id).first()
    subject, items = followup_subject_items(followup_id, people)
    return len(remind_by_hand(sender, subject, items, datetime.date.fromisoformat(day)))


@background
def remind_of_round(round_id: int, people: list[int], sender_id: int, day: str) -> int:
    """Remind the writers of a report round of their parts not marked ready."""
    sender = User.objects.filter(pk=sender_id).first()
    items = round_part_items(people, round_id)
    return len(remind_by_hand(sender, f"round:{round_id}", items, datetime.date.fromisoformat(day)))
