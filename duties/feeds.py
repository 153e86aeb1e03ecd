"""Calendar addresses: made, revoked, and read as iCalendar (RFC 5545) with `icalendar`."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from committee.bodies import bodies_seen_by
from committee.year_events import MEETING
from committee.year_events import Event as YearEvent
from committee.year_events import events as body_events
from duties.due import due_for
from duties.models import CalendarFeed
from organisation.access import grants_of, unit_policy
from organisation.models import Unit
from organisation.models.api_token import hash_token

# A feed holds last year, this year and next: what a calendar app shows.
YEARS_BACK, YEARS_AHEAD = 1, 1


def create_feed(user: Any, unit: Unit | None) -> tuple[CalendarFeed, str]:
    """A new address and its secret, shown once and never stored."""
    if unit is not None and not unit_policy.can_view(user, unit):
        raise PermissionDenied
    raw = secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(user=user, unit=unit, key_hash=hash_token(raw), hint=raw[:6])
    return feed, raw


def revoke_feed(user: Any, feed: CalendarFeed) -> None:
    if feed.user_id != user.pk:
        raise PermissionDenied
    if feed.revoked_at is None:
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at"])


def feed_for(raw: str) -> CalendarFeed | None:
    """The feed a secret opens: not revoked, its person active and still seeing its body."""
    feed = (
        CalendarFeed.objects.filter(
            key_hash=hash_token(raw), revoked_at__isnull=True, user__is_active=True
        )
        .select_related("user", "unit")
        .first()
    )
    if feed is None:
        return None
    if feed.unit is not None and not unit_policy.can_view(feed.user, feed.unit):
        return None
    CalendarFeed.objects.filter(pk=feed.pk).update(last_read_at=timezone.now())
    return feed


def _bodies_of(user: Any) -> list[Unit]:
    paths = [g.path for g in grants_of(user).grants]
    return [u for u in bodies_seen_by(user) if any(path.startswith(u.path) for path in paths)]


def calendar_of(feed: CalendarFeed, today: datetime.date) -> bytes:
    start = datetime.date(today.year - YEARS_BACK, 1, 1)
    end = datetime.date(today.year + YEARS_AHEAD, 12, 31)
    site = settings.SITE_URL.rstrip("/")
    cal = Calendar()
    cal.add("prodid", "-//styr//styr//SV")
    cal.add("version", "2.0")
    if feed.unit is not None:
        cal.add("x-wr-calname", f"styr: {feed.unit.name}")
        found = body_events([feed.unit], start, end)
    else:
        cal.add("x-wr-calname", f"styr: {feed.user}")
        found = body_events(_bodies_of(feed.user), start, end)
        for item in due_for(feed.user):
            if item.due_on is not None:
                cal.add_component(_due_event(item, site))
    for event in found:
        cal.add_component(_body_event(event, site))
    return bytes(cal.to_ical())


def _all_day(event: Event, first: datetime.date, last: datetime.date | None) -> None:
    event.add("dtstart", first)
    event.add("dtend", (last or first) + datetime.timedelta(days=1))
    event.add("dtstamp", timezone.now())
    event.add("transp", "TRANSPARENT")


def _body_event(found: YearEvent, site: str) -> Event:
    event = Event()
    event.add("uid", f"{found.uid}@styr")
    _all_day(event, found.date, found.end_date)
    summary = found.title if found.kind == MEETING else f"{found.kind_label}: {found.title}"
    event.add("summary", summary)
    lines = [f"{kind}: " + "; ".join(i.topic for i in items) for kind, items in found.items_by_kind]
    if found.written_date:
        lines.insert(0, _("Date as the source writes it: %(date)s") % {"date": found.written_date})
    if lines:
        event.add("description", "\n".join(lines))
    if found.url:
        event.add("url", site + found.url)
    return event


def _due_event(item: Any, site: str) -> Event:
    event = Event()
    event.add("uid", f"due-{item.subject}-{item.kind}-{item.person_id}@styr".replace(" ", "-"))
    _all_day(event, item.due_on, None)
    event.add("summary", _("Deadline: %(task)s, %(kind)s") % {"task": item.task, "kind": item.kind})
    event.add("description", f"{item.title}\n{item.context}")
    event.add("url", site + item.url)
    return event
