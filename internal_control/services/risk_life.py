"""A risk's life in its plan: ended with a reason, taken up again, or removed from a draft.

An adopted plan keeps every risk it was adopted with: one that no longer applies is ended,
with the day and the reason, and stays in the plan as adopted and in the history. Only a
draft (next year's plan before the committee adopts it) loses a risk outright, and the
history keeps what was removed and by whom.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from internal_control.access import plan_policy
from internal_control.models import PlanStatus, Risk


def _may_change_plan(actor: Any, risk: Risk) -> None:
    # Ending or removing a risk changes the plan, not only the risk: its keepers decide.
    if not plan_policy.can_change(actor, risk.plan):
        raise PermissionDenied


def end_risk(
    actor: Any,
    risk: Risk,
    expected_version: int | None,
    *,
    ended_on: datetime.date,
    reason: str,
) -> Risk:
    _may_change_plan(actor, risk)
    errors = {}
    if risk.is_ended:
        errors["ended_on"] = _("The risk was ended on %(day)s already.") % {
            "day": risk.ended_on.isoformat()  # type: ignore[union-attr]
        }
    if not reason.strip():
        errors["reason"] = _("Say why the risk no longer applies.")
    if ended_on.year < risk.plan.year:
        errors["ended_on"] = _("A risk of the plan for %(year)s ends in %(year)s or later.") % {
            "year": risk.plan.year
        }
    if errors:
        raise ValidationError(errors)
    return save_versioned(  # type: ignore[return-value]
        risk,
        expected_version,
        {"ended_on": ended_on, "end_reason": reason.strip()},
        actor=actor,
        reason=reason.strip(),
    )


def resume_risk(actor: Any, risk: Risk, expected_version: int | None, *, reason: str) -> Risk:
    """The risk applies again: it is followed up as before, its ending kept in the history."""
    _may_change_plan(actor, risk)
    if not risk.is_ended:
        raise ValidationError({"reason": _("The risk has not been ended.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the risk applies again.")})
    return save_versioned(  # type: ignore[return-value]
        risk,
        expected_version,
        {"ended_on": None, "end_reason": ""},
        actor=actor,
        reason=reason.strip(),
    )


@transaction.atomic
def remove_risk(actor: Any, risk: Risk, *, reason: str = "") -> None:
    """Out of a draft plan with its assessments and links; its actions and controls stay."""
    _may_change_plan(actor, risk)
    if risk.plan.status != PlanStatus.DRAFT:
        raise ValidationError(
            _(
                "The plan has been adopted with this risk: end it instead, with the day and "
                "the reason, so that the plan as adopted stays whole."
            )
        )
    for part in (
        *risk.assessments.all(),
        *risk.assignment_links.all(),
        *risk.goal_links.all(),
        *risk.action_links.all(),
    ):
        attributed(part, actor, reason).delete()
    for control in risk.controls.all():  # a control stays in the plan, without its risk
        control.risk = None
        attributed(control, actor, reason).save()
    attributed(risk, actor, reason).delete()
