"""A control activity's end: no longer performed from a day, for a reason, kept in the plan
with the results it has; or performed again."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.concurrency import save_versioned
from internal_control.access import plan_policy
from internal_control.models import ControlActivity


def end_control(
    actor: Any,
    control: ControlActivity,
    expected_version: int | None,
    *,
    ended_on: datetime.date,
    reason: str,
) -> ControlActivity:
    if not plan_policy.can_change(actor, control.plan):
        raise PermissionDenied
    errors = {}
    if control.ended_on is not None:
        errors["ended_on"] = _("The control activity was ended on %(day)s already.") % {
            "day": control.ended_on.isoformat()
        }
    if not reason.strip():
        errors["reason"] = _("Say why the control activity is no longer performed.")
    if ended_on.year < control.plan.year:
        errors["ended_on"] = _("A control of the plan for %(year)s ends in %(year)s or later.") % {
            "year": control.plan.year
        }
    if errors:
        raise ValidationError(errors)
    return save_versioned(  # type: ignore[return-value]
        control,
        expected_version,
        {"ended_on": ended_on, "end_reason": reason.strip()},
        actor=actor,
        reason=reason.strip(),
    )


def resume_control(
    actor: Any, control: ControlActivity, expected_version: int | None, *, reason: str
) -> ControlActivity:
    if not plan_policy.can_change(actor, control.plan):
        raise PermissionDenied
    if control.ended_on is None:
        raise ValidationError({"reason": _("The control activity has not been ended.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the control activity is performed again.")})
    return save_versioned(  # type: ignore[return-value]
        control,
        expected_version,
        {"ended_on": None, "end_reason": ""},
        actor=actor,
        reason=reason.strip(),
    )
