"""What a person has to do by when: one item per thing to report, with its deadline."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# How near a deadline counts as soon, on the start page.
SOON_DAYS = 7


@dataclass(frozen=True)
class DueItem:
    """One thing a person must report. `subject` names the deadline it belongs to, so that
    a reminder goes out once per deadline and person ("followup:4", "promise:12")."""

    person_id: int
    kind: str  # a translated word: Åtgärd, Risk, Kontrollmoment, …
    title: str
    url: str
    task: str  # what to do, translated: "Rapportera status", "Bedöm risken", …
    context: str  # where it belongs: the follow-up and the plan, the review, the period
    subject: str
    due_on: datetime.date | None

    def state(self, today: datetime.date) -> str:
        """late, today, soon, later, or undated (no deadline is set for it)."""
        if self.due_on is None:
            return "undated"
        if self.due_on < today:
            return "late"
        if self.due_on == today:
            return "today"
        if (self.due_on - today).days <= SOON_DAYS:
            return "soon"
        return "later"


def most_urgent_first(items: list[DueItem]) -> list[DueItem]:
    """Earliest deadline first (so what is late comes first); what has no deadline last.
    Items of one deadline keep the order their source gives them (actions, controls, risks)."""
    return sorted(items, key=lambda i: (i.due_on is None, i.due_on or datetime.date.max, i.context))


def by_person(items: list[DueItem]) -> dict[int, list[DueItem]]:
    grouped: dict[int, list[DueItem]] = {}
    for item in items:
        grouped.setdefault(item.person_id, []).append(item)
    return {person: most_urgent_first(found) for person, found in grouped.items()}
