"""The committee's calendar is read and changed as the unit's other plans are."""

from organisation.access import UnitScopedPolicy

committee_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
item_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.meeting.unit, unit_path_lookup="meeting__unit__path"
)
