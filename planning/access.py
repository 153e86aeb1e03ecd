"""Who may read and change the goal hierarchy: the unit's readers and controllers."""

from typing import Any

from django.http import Http404

from organisation.access import UnitScopedPolicy, get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit

goal_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
indicator_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path", owner_of=lambda obj: obj.owner
)


def plan_unit_or_404(user: Any, unit_pk: int) -> Unit:
    """A unit whose operational plan the person may read: one they hold a role in or below.

    Units above one's own are visible as context in the tree, not as readable plans.
    """
    unit = get_visible_or_404(user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(user).has_any(unit):
        raise Http404
    return unit
