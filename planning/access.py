"""Who may read and change the goal hierarchy: the unit's readers and controllers."""

from organisation.access import UnitScopedPolicy

goal_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
indicator_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path", owner_of=lambda obj: obj.owner
)
