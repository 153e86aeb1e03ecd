"""Writes to the committee's calendar: meetings and what each brings up."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from committee.access import committee_policy, item_policy
from committee.models import Meeting, MeetingItem
from organisation.models import Unit

MEETING_FIELDS = ("date", "end_date")
ITEM_FIELDS = (
    "kind",
    "topic",
    "presenter",
    "order",
    "control_plan",
    "report_period",
    "follow_up_area",
    "review",
)


def _only(fields: tuple[str, ...], values: dict[str, Any], what: str) -> None:
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"Not {what} fields: {sorted(unknown)}")


def _check_meeting(values: dict[str, Any]) -> None:
    date, end = values.get("date"), values.get("end_date")
    if date and end and end < date:
        raise ValidationError(
            {
                "end_date": _("The last day cannot be before the first (%(date)s).")
                % {"date": date.isoformat()}
            }
        )


def _check_item(meeting: Meeting, values: dict[str, Any]) -> None:
    """What an item presents must be the meeting's body's own."""
    errors = {}
    plan = values.get("control_plan")
    if plan is not None and plan.unit_id != meeting.unit_id:
        errors["control_plan"] = _("The plan is not one of %(body)s.") % {"body": meeting.unit}
    period = values.get("report_period")
    if period is not None and period.unit_id != meeting.unit.region_id:
        errors["report_period"] = _("The period is not of the region's calendar.")
    area = values.get("follow_up_area")
    if area is not None and (area.unit_id != meeting.unit_id or area.year != meeting.date.year):
        errors["follow_up_area"] = _("The follow-up area is not one of %(body)s for %(year)s.") % {
            "body": meeting.unit,
            "year": meeting.date.year,
        }
    review = values.get("review")
    if review is not None and review.unit_id != meeting.unit_id:
        errors["review"] = _("The review is not one %(body)s answers.") % {"body": meeting.unit}
    if errors:
        raise ValidationError(errors)


def create_meeting(actor: Any, unit: Unit, **values: Any) -> Meeting:
    if not committee_policy.can_create_in(actor, unit):
        raise PermissionDenied
    _only(MEETING_FIELDS, values, "meeting")
    _check_meeting(values)
    meeting = attributed(Meeting(unit=unit, **values), actor)
    meeting.full_clean()
    meeting.save()
    return meeting


def update_meeting(
    actor: Any, meeting: Meeting, expected_version: int | None, **values: Any
) -> Meeting:
    if not committee_policy.can_change(actor, meeting):
        raise PermissionDenied
    _only(MEETING_FIELDS, values, "meeting")
    _check_meeting({"date": meeting.date, "end_date": meeting.end_date} | values)
    return save_versioned(meeting, expected_version, values, actor=actor)  # type: ignore[return-value]


@transaction.atomic
def remove_meeting(actor: Any, meeting: Meeting) -> None:
    """Gone from the calendar; its history and its items' keep what it said."""
    if not committee_policy.can_change(actor, meeting):
        raise PermissionDenied
    for item in meeting.items.all():
        attributed(item, actor).delete()
    attributed(meeting, actor).delete()


def add_item(actor: Any, meeting: Meeting, **values: Any) -> MeetingItem:
    if not committee_policy.can_change(actor, meeting):
        raise PermissionDenied
    _only(ITEM_FIELDS, values, "meeting item")
    _check_item(meeting, values)
    if values.get("order") is None:
        values["order"] = max((i.order for i in meeting.items.all()), default=0) + 1
    item = attributed(MeetingItem(meeting=meeting, **values), actor)
    item.full_clean()
    item.save()
    return item


def update_item(
    actor: Any, item: MeetingItem, expected_version: int | None, **values: Any
) -> MeetingItem:
    if not item_policy.can_change(actor, item):
        raise PermissionDenied
    _only(ITEM_FIELDS, values, "meeting item")
    _check_item(item.meeting, values)
    return save_versioned(item, expected_version, values, actor=actor)  # type: ignore[return-value]


def remove_item(actor: Any, item: MeetingItem) -> None:
    if not item_policy.can_change(actor, item):
        raise PermissionDenied
    attributed(item, actor).delete()
