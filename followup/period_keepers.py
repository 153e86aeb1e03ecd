"""Who keeps a region's reporting calendar: the people a closed period's page points to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from followup.services.periods import may_manage_periods
from organisation.access import user_policy
from organisation.models import Role, RoleAssignment, Unit, User


@dataclass(frozen=True)
class Keeper:
    person: User
    role: str  # the role that lets them keep the calendar, as a label
    url: str  # their person page, or "" when the reader may not see it


def calendar_keepers(viewer: Any, region: Unit) -> list[Keeper]:
    """The active people who may open and close the region's periods, by name.

    Candidates are the administrators and controllers of the region itself; the rule that
    decides is `may_manage_periods`, the same one that guards opening and closing.
    """
    assignments = (
        RoleAssignment.objects.filter(
            unit=region, role__in=[Role.ADMINISTRATOR, Role.CONTROLLER], user__is_active=True
        )
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__username", "role")
    )
    keepers: dict[int, Keeper] = {}
    for assignment in assignments:
        person = assignment.user
        if person.pk in keepers or not may_manage_periods(person, region):
            continue
        keepers[person.pk] = Keeper(
            person=person,
            role=assignment.get_role_display(),
            url=person.get_absolute_url() if user_policy.can_view(viewer, person) else "",
        )
    return list(keepers.values())
