"""Writes to actions: create, edit, link to risks, and report status with a comment."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from internal_control.access import action_policy, plan_policy
from internal_control.models import (
    REPORTED_STATUSES,
    Action,
    ActionRisk,
    ActionStatus,
    ActionUpdate,
    ControlPlan,
    FollowUp,
    Risk,
)

ACTION_FIELDS = ("title", "owner", "owner_title", "deadline", "status")
CLOSED = {ActionStatus.DONE, ActionStatus.CANCELLED}


def _check_action_values(values: dict[str, Any]) -> None:
    errors = {}
    if "owner" in values and values.get("owner") is None and not values.get("owner_title"):
        errors["owner"] = _("Name an owner: a person or a responsible role.")
    if "deadline" in values:
        deadline = values.get("deadline")
        if deadline is None:
            errors["deadline"] = _("Give a deadline.")
        elif deadline < timezone.localdate() and values.get("status") not in CLOSED:
            errors["deadline"] = _(
                "The deadline has passed. Give a new one or mark the action done."
            )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_action(
    actor: Any,
    plan: ControlPlan,
    *,
    risks: Iterable[Risk] = (),
    reason: str = "",
    **values: Any,
) -> Action:
    """A new action of the plan against its risks; `reason` goes into its history."""
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    _check_action_values(values)
    last = Action.objects.filter(plan=plan).order_by("-number").values_list("number", flat=True)
    number = (last.first() or 0) + 1
    action = attributed(Action(unit=plan.unit, plan=plan, number=number, **values), actor, reason)
    action.full_clean()
    action.save()
    for risk in risks:
        link_action(actor, action, risk, reason=reason)
    return action


def link_action(actor: Any, action: Action, risk: Risk, *, reason: str = "") -> ActionRisk:
    """The action against one more risk of its plan, last among the risk's actions."""
    if not plan_policy.can_change(actor, action.plan):
        raise PermissionDenied
    if risk.plan_id != action.plan_id:
        raise ValidationError({"risks": _("Choose risks of the same plan.")})
    last = risk.action_links.aggregate(last=Max("order"))["last"]
    order = 0 if last is None else last + 1
    link = attributed(ActionRisk(action=action, risk=risk, order=order), actor, reason)
    link.save()
    return link


@transaction.atomic
def keep_source_report(
    actor: Any,
    action: Action,
    *,
    status: str,
    comment: str,
    reported_on: datetime.date,
    followup: FollowUp | None = None,
    reason: str = "",
) -> ActionUpdate:
    """A report on the action as a source document gives it: a comment, a status or both.
    A comment without a status stays not reported; nothing is filled in that was not given."""
    if not action_policy.can_change(actor, action):
        raise PermissionDenied
    if status and status not in dict(REPORTED_STATUSES):
        raise ValidationError({"status": _("Choose the status of the action.")})
    if not status and not comment.strip():
        raise ValidationError({"comment": _("Write a comment on how the action is going.")})
    return _save_update(
        actor, action, status, comment, reported_on, followup, reported_by=None, reason=reason
    )


def update_action(
    actor: Any, action: Action, expected_version: int | None, **values: Any
) -> Action:
    if not action_policy.can_change(actor, action):
        raise PermissionDenied
    unknown = set(values) - set(ACTION_FIELDS)
    if unknown:
        raise TypeError(f"Not action fields: {sorted(unknown)}")
    _check_action_values(values)
    return save_versioned(action, expected_version, values, actor=actor)  # type: ignore[return-value]


@transaction.atomic
def report_action(
    actor: Any,
    action: Action,
    *,
    status: str,
    comment: str,
    reported_on: datetime.date | None = None,
    followup: FollowUp | None = None,
) -> ActionUpdate:
    """The owner's status and comment at a follow-up; the action takes the new status."""
    if not action_policy.can_change(actor, action):
        raise PermissionDenied
    errors = {}
    if status not in dict(REPORTED_STATUSES):
        errors["status"] = _("Choose the status of the action.")
    if not comment.strip():
        errors["comment"] = _("Write a comment on how the action is going.")
    if errors:
        raise ValidationError(errors)
    return _save_update(
        actor,
        action,
        status,
        comment,
        reported_on or timezone.localdate(),
        followup,
        reported_by=history_user_of(actor),
    )


def _save_update(
    actor: Any,
    action: Action,
    status: str,
    comment: str,
    reported_on: datetime.date,
    followup: FollowUp | None,
    *,
    reported_by: Any,
    reason: str = "",
) -> ActionUpdate:
    """The report itself, once checked: saved, and the action's status follows a given one."""
    update = attributed(
        ActionUpdate(
            action=action,
            followup=followup,
            reported_on=reported_on,
            reported_by=reported_by,
            status=status,
            comment=comment,
        ),
        actor,
        reason,
    )
    update.full_clean()
    update.save()
    if status and action.status != status:
        save_versioned(action, None, {"status": status}, actor=actor, reason=reason)
    return update
