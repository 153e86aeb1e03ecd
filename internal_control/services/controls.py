"""Writes to control activities and their results."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from internal_control.access import control_policy, plan_policy
from internal_control.models import (
    ControlActivity,
    ControlOutcome,
    ControlPlan,
    ControlResult,
    FollowUp,
)

CONTROL_FIELDS = (
    "risk",
    "what",
    "method",
    "frequency",
    "owner",
    "owner_title",
    "reported_when",
)


def _check_control_values(plan: ControlPlan, values: dict[str, Any]) -> None:
    unknown = set(values) - set(CONTROL_FIELDS)
    if unknown:
        raise TypeError(f"Not control fields: {sorted(unknown)}")
    risk = values.get("risk")
    if risk is not None and risk.plan_id != plan.pk:
        raise ValidationError({"risk": _("Choose a risk of the same plan.")})
    if "what" in values and not (values.get("what") or "").strip():
        raise ValidationError({"what": _("Say what is checked.")})


def create_control(
    actor: Any, plan: ControlPlan, *, reason: str = "", **values: Any
) -> ControlActivity:
    """A new control activity of the plan; `reason` goes into its history."""
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    _check_control_values(plan, values)
    last = plan.controls.order_by("-number").values_list("number", flat=True).first() or 0
    control = attributed(ControlActivity(plan=plan, number=last + 1, **values), actor, reason)
    control.full_clean()
    control.save()
    return control


def update_control(
    actor: Any, control: ControlActivity, expected_version: int | None, **values: Any
) -> ControlActivity:
    """Change a control activity; a version seen before someone else's save is refused."""
    if not control_policy.can_change(actor, control):
        raise PermissionDenied
    _check_control_values(control.plan, values)
    return save_versioned(  # type: ignore[return-value]
        control, expected_version, values, actor=actor
    )


def report_control(
    actor: Any,
    control: ControlActivity,
    *,
    performed_on: datetime.date,
    outcome: str,
    findings: str = "",
    measures: str = "",
    followup: FollowUp | None = None,
) -> ControlResult:
    if not control_policy.can_change(actor, control):
        raise PermissionDenied
    if outcome == ControlOutcome.DEVIATION:
        errors = {}
        if not findings.strip():
            errors["findings"] = _("Describe the deviation that was found.")
        if not measures.strip():
            errors["measures"] = _("Say what is done about the deviation.")
        if errors:
            raise ValidationError(errors)
    result = attributed(
        ControlResult(
            control=control,
            followup=followup,
            performed_on=performed_on,
            outcome=outcome,
            findings=findings,
            measures=measures,
            reported_by=history_user_of(actor),
        ),
        actor,
    )
    result.full_clean()
    result.save()
    return result
