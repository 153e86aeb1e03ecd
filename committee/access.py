"""The committee's calendar is read and changed as the unit's other plans are; so are the
auditors' reviews the committee answers, except that the owner of a promised measure reports
on it."""

from __future__ import annotations

from typing import Any

from organisation.access import EDIT_ROLES, UnitScopedPolicy, grants_of
from organisation.models import Role

committee_policy = UnitScopedPolicy(unit_of=lambda obj: obj.unit, unit_path_lookup="unit__path")
item_policy = UnitScopedPolicy(
    unit_of=lambda obj: obj.meeting.unit, unit_path_lookup="meeting__unit__path"
)


class PromisePolicy(UnitScopedPolicy):
    """The body's controllers and administrators change a promised measure; its owner
    reports on it and changes nothing else."""

    def can_change(self, user: Any, obj: Any) -> bool:
        unit = self.unit_of(obj)
        return not unit.is_closed and grants_of(user).has_any(unit, EDIT_ROLES)

    def can_report(self, user: Any, obj: Any) -> bool:
        if self.can_change(user, obj):
            return True
        unit = self.unit_of(obj)
        return (
            not unit.is_closed
            and obj.owner_id is not None
            and obj.owner_id == getattr(user, "pk", None)
            and grants_of(user).has_any(unit, frozenset({Role.OWNER}))
        )


review_policy = UnitScopedPolicy(unit_of=lambda r: r.unit, unit_path_lookup="unit__path")
signatory_policy = UnitScopedPolicy(
    unit_of=lambda s: s.review.unit, unit_path_lookup="review__unit__path"
)
recommendation_policy = UnitScopedPolicy(
    unit_of=lambda r: r.review.unit, unit_path_lookup="review__unit__path"
)
promise_policy = PromisePolicy(
    unit_of=lambda p: p.recommendation.review.unit,
    unit_path_lookup="recommendation__review__unit__path",
)
promise_report_policy = UnitScopedPolicy(
    unit_of=lambda r: r.promise.recommendation.review.unit,
    unit_path_lookup="promise__recommendation__review__unit__path",
)
promise_link_policy = UnitScopedPolicy(
    unit_of=lambda link: link.promise.recommendation.review.unit,
    unit_path_lookup="promise__recommendation__review__unit__path",
)
