"""What a reminder by hand is about: the items people still owe at one follow-up."""

from __future__ import annotations

from collections.abc import Iterable

from duties.items import DueItem
from duties.sources import followup_items


def followup_subject_items(followup_id: int, people: Iterable[int]) -> tuple[str, list[DueItem]]:
    subject = f"followup:{followup_id}"
    return subject, [i for i in followup_items(list(people)) if i.subject == subject]
