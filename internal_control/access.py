"""Who may read and change internal control: one policy per object type.

Controllers and administrators of the plan's unit change everything in the plan; an owner
changes the risks, actions and controls assigned to them; matrices are changed by
administrators only. The risks of a plan published to the whole region are read by the
region's controllers too, so that a committee can take a risk of the regional board's plan
into its own; nothing else of that plan is.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from organisation.access import (
    EDIT_ROLES,
    HISTORY_ROLES,
    Grants,
    UnitScopedPolicy,
    grants_of,
    path_filter,
)
from organisation.models import Role
from organisation.region_data import RegionDataPolicy


class MatrixPolicy(UnitScopedPolicy):
    """Matrices are the region's reference data: everyone with a role in the region reads them."""

    def scope(self, user: Any, queryset: Any) -> Any:
        grants = grants_of(user)
        if not grants.grants:
            return queryset.none()
        return queryset.filter(unit_id=grants.region_id)

    def can_view(self, user: Any, obj: Any) -> bool:
        grants = grants_of(user)
        return bool(grants.grants) and obj.unit_id == grants.region_id

    def can_view_history(self, user: Any, obj: Any) -> bool:
        return self.can_view(user, obj) and any(
            g.role in HISTORY_ROLES for g in grants_of(user).grants
        )

    def can_change(self, user: Any, obj: Any) -> bool:
        return grants_of(user).has_any(self.unit_of(obj), frozenset({Role.ADMINISTRATOR}))

    def can_create_in(self, user: Any, unit: Any) -> bool:
        return grants_of(user).has_any(unit, frozenset({Role.ADMINISTRATOR}))


class RiskPolicy(UnitScopedPolicy):
    """Risks are read under their plan's unit, and by the region's controllers and
    administrators when the plan is published to the region."""

    @staticmethod
    def _reads_published(grants: Grants) -> bool:
        return grants.region_id is not None and any(g.role in EDIT_ROLES for g in grants.grants)

    def scope(self, user: Any, queryset: Any) -> Any:
        grants = grants_of(user)
        if not self._reads_published(grants):
            return super().scope(user, queryset)
        published = Q(
            plan__published_to_region=True, plan__unit__path__startswith=f"/{grants.region_id}/"
        )
        return queryset.filter(path_filter(grants.paths_for(), self.unit_path_lookup) | published)

    def can_view(self, user: Any, obj: Any) -> bool:
        if super().can_view(user, obj):
            return True
        grants = grants_of(user)
        plan = obj.plan
        return (
            plan.published_to_region
            and self._reads_published(grants)
            and plan.unit.region_id == grants.region_id
        )


# The organisation's risk categories and words, kept like its matrices by its administrators.
risk_category_policy = RegionDataPolicy(keepers=frozenset({Role.ADMINISTRATOR}))
matrix_policy = MatrixPolicy(unit_of=lambda m: m.unit, unit_path_lookup="unit__path")
plan_policy = UnitScopedPolicy(unit_of=lambda p: p.unit, unit_path_lookup="unit__path")
followup_policy = UnitScopedPolicy(
    unit_of=lambda f: f.plan.unit, unit_path_lookup="plan__unit__path"
)
risk_policy = RiskPolicy(
    unit_of=lambda r: r.plan.unit, unit_path_lookup="plan__unit__path", owner_of=lambda r: r.owner
)
action_policy = UnitScopedPolicy(
    unit_of=lambda a: a.unit, unit_path_lookup="unit__path", owner_of=lambda a: a.owner
)
control_policy = UnitScopedPolicy(
    unit_of=lambda c: c.plan.unit, unit_path_lookup="plan__unit__path", owner_of=lambda c: c.owner
)
assessment_policy = UnitScopedPolicy(
    unit_of=lambda a: a.risk.plan.unit,
    unit_path_lookup="risk__plan__unit__path",
    owner_of=lambda a: a.risk.owner,
)
action_update_policy = UnitScopedPolicy(
    unit_of=lambda u: u.action.unit,
    unit_path_lookup="action__unit__path",
    owner_of=lambda u: u.action.owner,
)
control_result_policy = UnitScopedPolicy(
    unit_of=lambda r: r.control.plan.unit,
    unit_path_lookup="control__plan__unit__path",
    owner_of=lambda r: r.control.owner,
)
