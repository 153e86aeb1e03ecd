"""Writes of the reminder settings: the one path of the pages (and of any later API)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from audit.attribution import attributed
from audit.concurrency import save_versioned
from duties.models import ReminderChoice, ReminderRules
from duties.rules import installation_rules
from organisation.models import Unit


def rules_of(region: Unit) -> ReminderRules:
    """The region's rules as stored, or unsaved ones with the installation's values."""
    found = ReminderRules.objects.filter(region=region).first()
    if found is not None:
        return found
    default = installation_rules()
    return ReminderRules(
        region=region,
        days_before=default.days_before,
        days_after=default.days_after,
        digest_weekday=default.digest_weekday,
        version=0,
    )


def set_rules(actor: Any, region: Unit, version: int, **values: Any) -> ReminderRules:
    with transaction.atomic():
        current = rules_of(region)
        if current.pk is None:
            rules = ReminderRules(region=region, **values)
            rules.full_clean()
            attributed(rules, actor).save()
            return rules
        return save_versioned(current, version, values, actor=actor)  # type: ignore[return-value]


def choice_of(user: Any) -> ReminderChoice:
    found = ReminderChoice.objects.filter(user=user).first()
    return found if found is not None else ReminderChoice(user=user, version=0)


def set_choice(actor: Any, version: int, **values: Any) -> ReminderChoice:
    with transaction.atomic():
        current = choice_of(actor)
        if current.pk is None:
            choice = ReminderChoice(user=actor, **values)
            choice.full_clean()
            attributed(choice, actor).save()
            return choice
        return save_versioned(current, version, values, actor=actor)  # type: ignore[return-value]
