"""When a reminder goes out: the region's rules, or the installation's where it has none."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings

from duties.models import ReminderRules, Stage


@dataclass(frozen=True)
class Rules:
    days_before: int
    days_after: int
    digest_weekday: int


def installation_rules() -> Rules:
    return Rules(settings.REMINDER_DAYS_BEFORE, settings.REMINDER_DAYS_AFTER, 0)


def rules_by_region() -> dict[int, Rules]:
    return {
        r.region_id: Rules(r.days_before, r.days_after, r.digest_weekday)
        for r in ReminderRules.objects.all()
    }


def stage_on(due_on: datetime.date, today: datetime.date, rules: Rules) -> str | None:
    """Which reminder a deadline asks for today: before it, after it, or none."""
    if today <= due_on and (due_on - today).days <= rules.days_before:
        return Stage.BEFORE
    if (today - due_on).days >= rules.days_after:
        return Stage.AFTER
    return None
