"""Who may read and enter outcomes: the indicator's unit decides, as for the indicator."""

from __future__ import annotations

from typing import Any

from organisation.access import EDIT_ROLES, UnitScopedPolicy, grants_of
from organisation.models import Role

# Who enters outcomes at all: controllers and administrators of a unit, and the owners of
# measures; which measure for which unit is then decided per outcome (services.may_report).
REPORTING_ROLES = EDIT_ROLES | {Role.OWNER}

outcome_policy = UnitScopedPolicy(
    unit_of=lambda o: o.unit, unit_path_lookup="unit__path", owner_of=lambda o: o.indicator.owner
)


# A comparison value belongs to its measure: read and kept as the measure is.
comparison_policy = UnitScopedPolicy(
    unit_of=lambda c: c.indicator.unit,
    unit_path_lookup="indicator__unit__path",
    owner_of=lambda c: c.indicator.owner,
)


def reports_in(user: Any, region: Any) -> bool:
    """Whether the person enters outcomes anywhere in the region (a reporting role there)."""
    paths = grants_of(user).paths_for(REPORTING_ROLES)
    return any(path.startswith(region.path) or region.path.startswith(path) for path in paths)


class PeriodPolicy(UnitScopedPolicy):
    """Periods are the region's calendar: read by everyone in the region."""

    def scope(self, user: Any, queryset: Any) -> Any:
        grants = grants_of(user)
        return queryset.filter(unit_id=grants.region_id) if grants.grants else queryset.none()

    def can_view(self, user: Any, obj: Any) -> bool:
        grants = grants_of(user)
        return bool(grants.grants) and obj.unit_id == grants.region_id


period_policy = PeriodPolicy(unit_of=lambda p: p.unit, unit_path_lookup="unit__path")
