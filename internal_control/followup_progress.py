"""How far a follow-up has come: what is asked, what is reported, what each owner still owes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from internal_control.followup_asks import AskedFor, asked_at
from internal_control.models import FollowUp


@dataclass
class Owed:
    name: str
    person: Any  # the User, or None where only a role is named
    done: int = 0
    missing: list[AskedFor] = field(default_factory=list)


@dataclass
class FollowupState:
    followup: FollowUp
    asked: int = 0
    reported: int = 0
    owed: dict[str, Owed] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(100 * self.reported / self.asked) if self.asked else 100

    def is_late(self, today: datetime.date) -> bool:
        return self.followup.due_on < today and self.reported < self.asked

    @property
    def owing(self) -> list[Owed]:
        return [o for o in self.people if o.missing]

    @property
    def anyone_to_remind(self) -> bool:
        """Whether someone who owes a report is a person, not only a named role."""
        return any(o.person is not None for o in self.owing)

    @property
    def people(self) -> list[Owed]:
        """Every owner, who owes the most first."""
        return sorted(self.owed.values(), key=lambda o: (-len(o.missing), o.name))


def owed_by(followups: list[FollowUp]) -> dict[int, FollowupState]:
    """Per follow-up: what is asked, what is reported, and what each owner still owes."""
    states = {f.pk: FollowupState(f) for f in followups}
    for asked in asked_at(followups):
        state = states[asked.followup.pk]
        item = asked.item
        name = str(item.owner) if item.owner else (item.owner_title or _("No owner"))
        owed = state.owed.setdefault(name, Owed(name, item.owner))
        state.asked += 1
        if asked.reported:
            state.reported += 1
            owed.done += 1
        else:
            owed.missing.append(asked)
    return states
