"""Who may read and change the economy: one policy per object type.

Budget frames, investments and programmes are read and changed as the unit's other plans
are. A measure for a balanced economy is changed by the unit's controllers and by its
owner, who also writes its calculations and reports its realised effects.
"""

from typing import Any

from organisation.access import UnitScopedPolicy, grants_of
from organisation.models import Unit

economy_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
budget_line_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.frame.unit, unit_path_lookup="frame__unit__path"
)
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
