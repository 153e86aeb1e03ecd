"""Who may read and change the economy: one policy per object type.

Budget frames, their lines, changes and amounts are read and changed as the frame's unit's
other plans are. Outcomes and forecasts belong to their unit. The organisation's own
reference data (its cost types, its accounts' ranges, its periodisation) is read by everyone
with a role in the organisation and kept by its administrators and region-wide controllers;
a cost centre's mapping belongs to the unit it maps to, so a unit's controllers keep the
cost centres of their units. A ledger import is made by anyone who records outcomes
somewhere in the organisation (each row only for units where they may) and read by its
administrators, controllers and auditors.

Programmes are read and changed as the unit's other plans are. A measure for a balanced
economy is changed by the unit's controllers and by its owner, who also writes its
calculations and reports its realised effects.
"""

from __future__ import annotations

from typing import Any

from organisation.access import EDIT_ROLES, UnitScopedPolicy, grants_of
from organisation.models import Role, Unit
from organisation.region_data import RegionDataPolicy

economy_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
budget_line_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.frame.unit, unit_path_lookup="frame__unit__path"
)
frame_change_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.frame.unit, unit_path_lookup="frame__unit__path"
)
budget_amount_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.frame.unit, unit_path_lookup="frame__unit__path"
)
financial_outcome_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path"
)
forecast_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
cost_centre_mapping_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path"
)


class LedgerImportPolicy(RegionDataPolicy):
    """Imports of the organisation: read by its administrators, controllers and auditors."""

    READERS = frozenset({Role.ADMINISTRATOR, Role.CONTROLLER, Role.AUDITOR})

    def _reads(self, user: Any) -> bool:
        grants = grants_of(user)
        return grants.everything or any(g.role in self.READERS for g in grants.grants)

    def scope(self, user: Any, queryset: Any) -> Any:
        return super().scope(user, queryset) if self._reads(user) else queryset.none()

    def can_view(self, user: Any, obj: Any) -> bool:
        return self._reads(user) and super().can_view(user, obj)

    def can_change(self, user: Any, obj: Any) -> bool:
        return False  # an import is a record of what was read; a new file replaces its months

    def can_create_in(self, user: Any, region: Unit) -> bool:
        grants = grants_of(user)
        if grants.everything:
            return True
        return region.pk == grants.region_id and any(g.role in EDIT_ROLES for g in grants.grants)

    def can_view_history(self, user: Any, obj: Any) -> bool:
        return self.can_view(user, obj)


cost_type_policy = RegionDataPolicy()
account_mapping_policy = RegionDataPolicy()
profile_policy = RegionDataPolicy()
ledger_import_policy = LedgerImportPolicy()


programme_policy = UnitScopedPolicy(unit_of=lambda p: p.unit, unit_path_lookup="unit__path")
measure_policy = UnitScopedPolicy(
    unit_of=lambda m: m.unit, unit_path_lookup="unit__path", owner_of=lambda m: m.owner
)
calculation_policy = UnitScopedPolicy(
    unit_of=lambda c: c.measure.unit,
    unit_path_lookup="measure__unit__path",
    owner_of=lambda c: c.measure.owner,
)
effect_policy = UnitScopedPolicy(
    unit_of=lambda e: e.measure.unit,
    unit_path_lookup="measure__unit__path",
    owner_of=lambda e: e.measure.owner,
)


def can_read_balance(user: Any, unit: Unit) -> bool:
    """The consolidated economy of a unit is read by everyone with a role on it or above."""
    return grants_of(user).has_any(unit)
