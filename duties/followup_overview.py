"""For those who keep a plan: each open follow-up, how much is reported and who is late."""

from __future__ import annotations

import datetime
from typing import Any

from internal_control.access import plan_policy
from internal_control.followup_asks import open_followups
from internal_control.followup_progress import FollowupState, owed_by
from internal_control.models import ControlPlan


def followups_to_follow(user: Any, today: datetime.date) -> list[tuple[FollowupState, bool]]:
    """The open follow-ups of the plans the person keeps, each with whether it is late,
    late ones first."""
    plans = [
        p
        for p in plan_policy.scope(user, ControlPlan.objects.select_related("unit"))
        if plan_policy.can_change(user, p)
    ]
    if not plans:
        return []
    states = owed_by(open_followups(p.pk for p in plans))
    found = sorted(
        states.values(), key=lambda s: (not s.is_late(today), s.followup.due_on, s.followup.pk)
    )
    return [(state, state.is_late(today)) for state in found]
