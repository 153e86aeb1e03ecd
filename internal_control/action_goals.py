"""The goals a unit's own actions serve, for the scorecards and reports that show them.

A division's strategic actions (seed 004) stand outside any internal control plan and name
the success factor they serve; such a factor belongs to the division's scorecard even when
no measure of the division serves it.
"""

from __future__ import annotations

from organisation.models import Unit
from planning.models import Goal


def goals_served_by_actions(unit: Unit) -> list[Goal]:
    """One query: the goals of the unit's actions outside a control plan."""
    return list(
        Goal.objects.filter(
            action_links__action__unit=unit, action_links__action__plan__isnull=True
        )
        .select_related("perspective", "parent")
        .distinct()
    )
