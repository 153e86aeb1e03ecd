"""Everything a person has to do, most urgent first: the start page and the summary."""

from __future__ import annotations

from typing import Any

from duties.items import DueItem, most_urgent_first
from duties.outcomes_due import dated_outcome_items, outcome_items
from duties.round_parts_due import round_part_items
from duties.sources import followup_items, promise_items


def due_for(user: Any) -> list[DueItem]:
    people = [user.pk]
    return most_urgent_first(
        [
            *followup_items(people),
            *promise_items(people),
            *outcome_items(user),
            *round_part_items(people),
        ]
    )


def dated_for_everyone() -> list[DueItem]:
    """What has a deadline, for everyone: what the reminders before and after are about."""
    dated = [
        i
        for i in (*followup_items(None), *promise_items(None), *round_part_items(None))
        if i.due_on is not None
    ]
    return dated + dated_outcome_items()
