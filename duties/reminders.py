"""Reminders by e-mail: before and after each deadline, once per deadline and person however
often the job runs; the weekly summary for those who chose it; a reminder by hand.

Each e-mail is sent inside the transaction that records it: if sending fails, nothing is
recorded and the next run tries again; if another run recorded it first, the unique
constraint refuses the second record and that run sends nothing.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from duties.due import dated_for_everyone, due_for
from duties.items import DueItem, by_person
from duties.mail import Section, reminder_message
from duties.models import ReminderChoice, ReminderSent, Stage
from duties.rules import Rules, installation_rules, rules_by_region, stage_on
from organisation.models import User

logger = logging.getLogger(__name__)

AUTOMATIC = [Stage.BEFORE, Stage.AFTER, Stage.DIGEST]


def _heading(stage: str, due_on: datetime.date | None) -> str:
    if due_on is None:
        return _("Without a deadline")
    day = date_format(due_on, "j F Y")
    if stage == Stage.AFTER:
        return _("Was to be reported by %(date)s") % {"date": day}
    return _("To be reported by %(date)s") % {"date": day}


def _choice(person: Any) -> ReminderChoice:
    try:
        return person.reminder_choice
    except ReminderChoice.DoesNotExist:
        return ReminderChoice(user=person)


def _deadlines(items: list[DueItem]) -> dict[tuple[str, datetime.date], list[DueItem]]:
    grouped: dict[tuple[str, datetime.date], list[DueItem]] = {}
    for item in items:
        if item.due_on is not None:
            grouped.setdefault((item.subject, item.due_on), []).append(item)
    return grouped


def _send(person: Any, kind: str, records: list[ReminderSent], sections: list[Section]) -> bool:
    try:
        with transaction.atomic():
            ReminderSent.objects.bulk_create(records)
            reminder_message(person, kind, sections).send()
    except IntegrityError:
        return False  # another run recorded it first, and sends it
    except (OSError, smtplib.SMTPException):
        # Not sent, so not recorded: the next run tries again. The others still get theirs.
        logger.exception("A reminder to person %s could not be sent", person.pk)
        return False
    return True


def send_due_reminders(today: datetime.date) -> int:
    """Send what today asks for; the number of e-mails sent."""
    items = by_person(dated_for_everyone())
    people = User.objects.filter(is_active=True).exclude(email="").select_related("reminder_choice")
    digest_people = [p for p in people if _choice(p).digest]
    wanted = {p.pk: p for p in people if p.pk in items} | {p.pk: p for p in digest_people}
    sent_before = set(
        ReminderSent.objects.filter(user_id__in=list(wanted), stage__in=AUTOMATIC).values_list(
            "user_id", "subject", "due_on", "stage"
        )
    )
    # A reminder by hand stands for the automatic one it came after: no second e-mail.
    by_hand: dict[tuple[int, str, datetime.date | None], datetime.date] = {}
    for user_id, subject, due_on, sent_on in ReminderSent.objects.filter(
        user_id__in=list(wanted), stage=Stage.BY_HAND
    ).values_list("user_id", "subject", "due_on", "sent_on"):
        key = (user_id, subject, due_on)
        by_hand[key] = max(sent_on, by_hand.get(key, sent_on))
    regions = rules_by_region()
    default = installation_rules()
    count = 0
    for person in wanted.values():
        rules = regions.get(person.region_id, default) if person.region_id else default
        choice = _choice(person)
        records, sections = [], []
        for (subject, due_on), found in _deadlines(items.get(person.pk, [])).items():
            stage = stage_on(due_on, today, rules)
            if stage is None or not getattr(choice, stage):
                continue
            if (person.pk, subject, due_on, stage) in sent_before:
                continue
            if _covered(by_hand.get((person.pk, subject, due_on)), stage, due_on, rules):
                continue
            records.append(
                ReminderSent(
                    user=person,
                    subject=subject,
                    due_on=due_on,
                    stage=stage,
                    sent_on=today,
                    items=len(found),
                )
            )
            sections.append(Section(_heading(stage, due_on), due_on, found))
        if records:
            kind = Stage.AFTER if all(r.stage == Stage.AFTER for r in records) else Stage.BEFORE
            count += _send(person, kind, records, sections)
        if choice.digest and today.weekday() == rules.digest_weekday:
            count += _send_digest(person, today, sent_before)
    return count


def _covered(
    by_hand: datetime.date | None, stage: str, due_on: datetime.date, rules: Rules
) -> bool:
    """Whether a reminder by hand on `by_hand` came when `stage`'s reminder would have."""
    if by_hand is None:
        return False
    if stage == Stage.AFTER:
        return by_hand > due_on
    return by_hand >= due_on - datetime.timedelta(days=rules.days_before)


def _send_digest(person: Any, today: datetime.date, sent_before: set[Any]) -> bool:
    if (person.pk, "digest", today, Stage.DIGEST) in sent_before:
        return False
    items = due_for(person)
    if not items:
        return False
    sections: dict[datetime.date | None, Section] = {}
    for item in items:
        stage = Stage.AFTER if item.due_on and item.due_on < today else Stage.BEFORE
        key = item.due_on
        if key not in sections:
            sections[key] = Section(_heading(stage, item.due_on), item.due_on, [])
        sections[key].items.append(item)
    record = ReminderSent(
        user=person,
        subject="digest",
        due_on=today,
        stage=Stage.DIGEST,
        sent_on=today,
        items=len(items),
    )
    return _send(person, Stage.DIGEST, [record], list(sections.values()))


def remind_by_hand(
    sender: Any, subject: str, items: Iterable[DueItem], today: datetime.date
) -> list[int]:
    """Remind each person of their items under `subject`; whom an e-mail went to.

    A person already reminded by hand about the subject today, or without an e-mail
    address, gets nothing.
    """
    mine = by_person(list(items))
    people = User.objects.filter(pk__in=list(mine), is_active=True).exclude(email="")
    reached = []
    for person in people:
        found = mine[person.pk]
        due_on = found[0].due_on
        stage = Stage.AFTER if due_on is not None and due_on < today else Stage.BEFORE
        record = ReminderSent(
            user=person,
            subject=subject,
            due_on=due_on,
            stage=Stage.BY_HAND,
            sent_on=today,
            sent_by=sender if getattr(sender, "pk", None) else None,
            items=len(found),
        )
        if _send(
            person, Stage.BY_HAND, [record], [Section(_heading(stage, due_on), due_on, found)]
        ):
            reached.append(person.pk)
    return reached
