"""The reminder e-mail: plain text in the installation's language, each item with its link."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from duties.items import DueItem


@dataclass(frozen=True)
class Section:
    heading: str  # translated when the message is made
    due_on: datetime.date | None
    items: list[DueItem]


def reminder_message(person: Any, kind: str, sections: list[Section]) -> EmailMessage:
    """`kind` is "before", "after", "digest" or "by_hand"; `sections` hold the items."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "person": person,
            "kind": kind,
            "sections": sections,
            "site": settings.SITE_URL.rstrip("/"),
        }
        subject = render_to_string("duties/email/subject.txt", context).strip()
        body = render_to_string("duties/email/reminder.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
