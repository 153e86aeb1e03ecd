"""A body's follow-up areas of a year with the meetings where each is reported: one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from committee.models import FollowUpArea


@dataclass
class AreaReported:
    area: FollowUpArea
    meetings: list[Any] = field(default_factory=list)  # the meetings, by date


def areas_with_meetings(unit_id: int, year: int) -> list[AreaReported]:
    areas = (
        FollowUpArea.objects.filter(unit_id=unit_id, year=year)
        .prefetch_related("meeting_items__meeting")
        .order_by("order", "pk")
    )
    found = []
    for area in areas:
        meetings = {item.meeting.pk: item.meeting for item in area.meeting_items.all()}
        found.append(AreaReported(area, sorted(meetings.values(), key=lambda m: (m.date, m.pk))))
    return found
