"""What a reminder by hand is about: the items people still owe at one follow-up."""

from __future__ import annotations

from collections.abc import Iterable

from duties.items import DueItem
from duties.sources import followup_items
from internal_control.models import FollowUp


def followup_subject_items(followup_id: int, people: Iterable[int]) -> tuple[str, list[DueItem]]:
    followups = list(
        FollowUp.objects.filter(pk=followup_id, closed=False).select_related("plan__unit")
    )
    return f"followup:{followup_id}", followup_items(list(people), followups)
