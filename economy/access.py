"""Budget frames and investments are read and changed as the unit's other plans are."""

from organisation.access import UnitScopedPolicy

economy_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
budget_line_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.frame.unit, unit_path_lookup="frame__unit__path"
)
