"""Page rows: the start page's reminders, each person's choice, the region's rules,
reminding those who have not reported at a follow-up, calendar addresses, and the
committee's year with its meetings."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django_tasks import task_backends

from committee.models import Meeting, MeetingItem
from duties.feeds import create_feed
from duties.models import CalendarFeed, ReminderChoice, ReminderRules
from tests.permissions.expect import (
    FORBIDDEN,
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Row,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld

EVERYONE = codes(OK)
ADMINS = in_region(FORBIDDEN, admin=OK, outsider=OK)  # each administrator their own region's


def _choices(w: PermWorld) -> Any:
    return sorted(ReminderChoice.objects.values_list("user_id", "after", "version"))


def _rules(w: PermWorld) -> Any:
    return sorted(ReminderRules.objects.values_list("region_id", "days_before", "version"))


def _reminders_queued(w: PermWorld) -> int:
    """Reminders by hand are e-mailed by the worker: the tasks handed to the queue."""
    return len(getattr(task_backends["default"], "results", []))


def _remind_everyone(w: PermWorld) -> dict[str, Any]:
    # The owner has an action, a control and a risk to report at the open follow-up.
    w.base.owner.email = "owner@rjh.example"
    w.base.owner.save(update_fields=["email"])
    return {"person": ["all"]}


ROWS = [
    Row(
        "duties:choice",
        lambda w: reverse("duties:choice"),
        EVERYONE,
        Write(
            lambda w: {"version": "0", "after": "on"},
            codes(FOUND),
            _choices,
        ),
    ),
    Row(
        "duties:rules",
        lambda w: reverse("duties:rules"),
        ADMINS,
        Write(
            lambda w: {
                "version": "0",
                "days_before": "4",
                "days_after": "2",
                "digest_weekday": "0",
            },
            in_region(FORBIDDEN, admin=FOUND, outsider=FOUND),
            _rules,
        ),
    ),
    Row(
        "duties:remind",
        lambda w: reverse("duties:remind", args=[w.followup.pk]),
        editors(OK),
        Write(_remind_everyone, editors(FOUND), _reminders_queued),
    ),
]


def _controller_feed(w: PermWorld) -> CalendarFeed:
    found = CalendarFeed.objects.filter(user=w.base.controller, revoked_at__isnull=True).first()
    return found or create_feed(w.base.controller, w.base.committee)[0]


def _feed_address(w: PermWorld) -> str:
    """A calendar app holds only the secret address: it answers whoever asks with it."""
    _feed, raw = create_feed(w.base.controller, w.base.committee)
    return reverse("calendar_feed", args=[raw])


ROWS += [
    Row("committee:overview", lambda w: reverse("committee:overview"), EVERYONE),
    Row("committee:calendar", lambda w: reverse("committee:calendar"), EVERYONE),
    Row(
        "committee:body_year",
        lambda w: reverse("committee:body_year", args=[w.base.committee.pk, 2025]),
        in_region(OK),
    ),
    Row(
        "duties:feeds",
        lambda w: reverse("duties:feeds"),
        EVERYONE,
        Write(
            lambda w: {"unit": ""},
            codes(OK),
            lambda w: CalendarFeed.objects.count(),
        ),
    ),
    Row(
        "duties:feed_revoke",
        lambda w: reverse("duties:feed_revoke", args=[_controller_feed(w).pk]),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {},
            codes(NOT_FOUND, controller=FOUND),
            lambda w: CalendarFeed.objects.filter(revoked_at__isnull=False).count(),
        ),
    ),
    Row("calendar_feed", _feed_address, codes(OK, anonymous=OK)),
]


def _meeting(w: PermWorld) -> Meeting:
    found = Meeting.objects.filter(unit=w.base.committee).order_by("pk").first()
    if found is None:
        found = Meeting.objects.create(unit=w.base.committee, date=datetime.date(2025, 3, 22))
    if not found.items.exists():
        MeetingItem.objects.create(
            meeting=found, kind="Återkommande ärenden", topic="Månadsrapport"
        )
    return found


def _item(w: PermWorld) -> MeetingItem:
    return _meeting(w).items.order_by("pk").first()  # type: ignore[return-value]


KEEPERS, KEPT = editors(OK), editors(FOUND)


def _meetings(w: PermWorld) -> int:
    _meeting(w)  # made before the count, as the address makes it
    return Meeting.objects.count()


def _items(w: PermWorld) -> int:
    _meeting(w)
    return MeetingItem.objects.count()


ROWS += [
    Row(
        "committee:meeting_create",
        lambda w: reverse("committee:meeting_create", args=[w.base.committee.pk]),
        KEEPERS,
        Write(lambda w: {"date": "2025-06-14"}, KEPT, _meetings),
    ),
    Row(
        "committee:meeting",
        lambda w: reverse("committee:meeting", args=[_meeting(w).pk]),
        KEEPERS,
        Write(
            lambda w: {"date": "2025-03-23", "version": str(_meeting(w).version)},
            KEPT,
            lambda w: _meeting(w).version,
        ),
    ),
    Row(
        "committee:meeting_remove",
        lambda w: reverse("committee:meeting_remove", args=[_meeting(w).pk]),
        codes(NOT_ALLOWED),
        # The data makes the meeting, so the count after a removal is not made up again.
        Write(
            lambda w: _meeting(w) and {"confirm": "yes"},
            KEPT,
            lambda w: Meeting.objects.count(),
        ),
    ),
    Row(
        "committee:item_create",
        lambda w: reverse("committee:item_create", args=[_meeting(w).pk]),
        KEEPERS,
        Write(
            lambda w: {"kind": "Budgetdag", "topic": "Gemensam för fullmäktige"},
            KEPT,
            _items,
        ),
    ),
    Row(
        "committee:item_edit",
        lambda w: reverse("committee:item_edit", args=[_item(w).pk]),
        KEEPERS,
        Write(
            lambda w: {
                "kind": "Budgetdag",
                "topic": "Ny lydelse",
                "version": str(_item(w).version),
            },
            KEPT,
            lambda w: _item(w).version,
        ),
    ),
    Row(
        "committee:item_remove",
        lambda w: reverse("committee:item_remove", args=[_item(w).pk]),
        codes(NOT_ALLOWED),
        Write(lambda w: _meeting(w) and {}, KEPT, lambda w: MeetingItem.objects.count()),
    ),
]
