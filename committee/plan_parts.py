"""The operational plan's follow-up areas and meeting calendar (planning.plan_parts)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Prefetch

from committee.models import FollowUpArea, Meeting, MeetingItem
from organisation.models import Unit
from planning.plan_parts import PlanPart


def build_follow_up_areas(unit: Unit, year: int) -> list[str]:
    return [area.name for area in FollowUpArea.objects.filter(unit=unit, year=year)]


def build_meetings(unit: Unit, year: int) -> list[dict[str, Any]]:
    meetings = Meeting.objects.filter(
        unit=unit, date__gte=datetime.date(year, 1, 1), date__lte=datetime.date(year, 12, 31)
    ).prefetch_related(Prefetch("items", queryset=MeetingItem.objects.order_by("order")))
    return [
        {
            "date": meeting.date.isoformat(),
            "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
            "items": [
                {"kind": item.kind, "topic": item.topic, "presenter": item.presenter}
                for item in meeting.items.all()
            ],
        }
        for meeting in meetings
    ]


def read_meetings(stored: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "meetings": [
            meeting
            | {
                "date": datetime.date.fromisoformat(meeting["date"]),
                "end_date": meeting["end_date"]
                and datetime.date.fromisoformat(meeting["end_date"]),
            }
            for meeting in stored
        ]
    }


FOLLOW_UP_AREAS = PlanPart(
    "follow_up_areas", build_follow_up_areas, lambda stored: {"follow_up_areas": stored}, []
)
MEETINGS = PlanPart("meetings", build_meetings, read_meetings, [])
