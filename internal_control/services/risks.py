"""Writes to risks: create, edit, link to what they threaten, assess on the plan's matrix."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from internal_control.access import plan_policy, risk_policy
from internal_control.models import (
    AssessmentStage,
    ControlPlan,
    FollowUp,
    Risk,
    RiskAssessment,
    RiskAssignment,
    RiskGoal,
)
from internal_control.services.categories import check_category
from internal_control.services.matrices import class_for
from organisation.access import SYSTEM
from planning.models import Assignment, Goal

RISK_FIELDS = (
    "title",
    "consequence",
    "cause",
    "requirement_type",
    "priority",
    "treatment",
    "owner",
    "owner_title",
    "unit",
)


def _check_unit(plan: ControlPlan, values: dict[str, Any]) -> None:
    """A risk's own unit is the plan's unit or one under it, and not closed."""
    unit = values.get("unit")
    if unit is None:
        return
    if not unit.is_within(plan.unit) or unit.is_closed:
        raise ValidationError(
            {
                "unit": _("Choose %(unit)s or a unit under it that is not closed.")
                % {"unit": plan.unit.name}
            }
        )


def _check_risk_values(values: dict[str, Any]) -> None:
    """What a form must never let through (an import keeps the source as it is)."""
    errors = {}
    if "treatment" in values and not values["treatment"]:
        errors["treatment"] = _("Choose how the risk is treated: accept, reduce or eliminate.")
    if "owner" in values and values.get("owner") is None and not values.get("owner_title"):
        errors["owner"] = _("Name an owner: a person or a responsible role.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_risk(
    actor: Any,
    plan: ControlPlan,
    *,
    number: int | None = None,
    reason: str = "",
    stated_score: int | None = None,
    stated_class: str = "",
    **values: Any,
) -> Risk:
    """A new risk, numbered after the plan's last unless the source gives its number.

    `reason` goes into the risk's history (e.g. the file and row it was read from); the
    stated score and class are what a source document says, kept to be checked."""
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    _check_risk_values(values)
    unknown = set(values) - set(RISK_FIELDS)
    if unknown:
        raise TypeError(f"Not risk fields: {sorted(unknown)}")
    check_category(plan.unit.region_id, values.get("requirement_type", ""))
    _check_unit(plan, values)
    if number is None:
        number = (plan.risks.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    elif number < 1 or plan.risks.filter(number=number).exists():
        raise ValidationError(
            {"number": _("The plan already has a risk %(number)s.") % {"number": number}}
        )
    risk = attributed(
        Risk(
            plan=plan, number=number, stated_score=stated_score, stated_class=stated_class, **values
        ),
        actor,
        reason,
    )
    risk.full_clean()
    risk.save()
    return risk


def update_risk(actor: Any, risk: Risk, expected_version: int | None, **values: Any) -> Risk:
    if not risk_policy.can_change(actor, risk):
        raise PermissionDenied
    unknown = set(values) - set(RISK_FIELDS)
    if unknown:
        raise TypeError(f"Not risk fields: {sorted(unknown)}")
    _check_risk_values(values)
    _check_unit(risk.plan, values)
    if values.get("requirement_type", risk.requirement_type) != risk.requirement_type:
        check_category(risk.plan.unit.region_id, values["requirement_type"])
    return save_versioned(risk, expected_version, values, actor=actor)  # type: ignore[return-value]


@transaction.atomic
def set_assignments(actor: Any, risk: Risk, assignments: Iterable[Assignment]) -> None:
    """Link a risk to exactly these assignments; each link added or removed leaves history.

    A new link puts the risk last among the plan's risks under that assignment; a link
    removed takes the actions the risk had only under that assignment with it.
    """
    if not plan_policy.can_change(actor, risk.plan):
        raise PermissionDenied
    wanted = {a.pk: a for a in assignments}
    for assignment in wanted.values():
        if not assignment.unit.path.startswith(f"/{risk.plan.unit.region_id}/"):
            raise ValidationError({"assignments": _("Choose assignments of the plan's region.")})
    current = {link.assignment_id: link for link in risk.assignment_links.all()}
    for pk, link in current.items():
        if pk not in wanted:
            for action_link in risk.action_links.filter(assignment_id=pk):
                attributed(action_link, actor).delete()
            attributed(link, actor).delete()
    for pk, assignment in wanted.items():
        if pk not in current:
            last = RiskAssignment.objects.filter(
                assignment=assignment, risk__plan_id=risk.plan_id
            ).aggregate(last=Max("order"))["last"]
            order = 0 if last is None else last + 1
            attributed(RiskAssignment(risk=risk, assignment=assignment, order=order), actor).save()


@transaction.atomic
def link_goal(actor: Any, risk: Risk, goal: Goal, *, reason: str = "") -> RiskGoal:
    """The risk under one more goal area of its unit or a unit above, last among its risks."""
    if not plan_policy.can_change(actor, risk.plan):
        raise PermissionDenied
    unit = risk.plan.unit
    if goal.unit_id != unit.pk and goal.unit_id not in unit.ancestor_ids:
        raise ValidationError({"goals": _("Choose goals of the plan's unit or a unit above.")})
    existing = risk.goal_links.filter(goal=goal).first()
    if existing is not None:
        return existing
    last = RiskGoal.objects.filter(goal=goal, risk__plan_id=risk.plan_id).aggregate(
        last=Max("order")
    )["last"]
    link = attributed(
        RiskGoal(risk=risk, goal=goal, order=0 if last is None else last + 1), actor, reason
    )
    link.save()
    return link


def assess_risk(
    actor: Any,
    risk: Risk,
    *,
    probability: int,
    severity: int,
    assessed_on: datetime.date,
    stage: str = AssessmentStage.INHERENT,
    reason: str = "",
    followup: FollowUp | None = None,
    enforce_actions: bool = True,
) -> RiskAssessment:
    """A new assessment; score and class come from the plan's matrix, never from the caller.

    A class that requires an action is refused for a risk without one (or without a control,
    where the class counts a control), unless the class only warns or a source document is
    being loaded as it is; the plan's checks flag what is unanswered.
    """
    if not risk_policy.can_change(actor, risk):
        raise PermissionDenied
    score, risk_class = class_for(risk.plan.matrix, probability, severity)
    if enforce_actions and risk_class.requires_action and risk_class.refuses_unanswered:
        answered = risk.action_links.exists() or (
            risk_class.control_answers and risk.controls.exists()
        )
        if not answered:
            message = (
                _(
                    "%(code)s (%(response)s) requires an action or a control. Add one to the "
                    "risk first."
                )
                if risk_class.control_answers
                else _(
                    "%(code)s (%(response)s) requires an action. Add an action to the risk first."
                )
            )
            raise ValidationError(
                {"severity": message % {"code": risk_class.code, "response": risk_class.response}}
            )
    previous = risk.assessments.order_by("-assessed_on", "-pk").first()
    if previous is not None and actor is not SYSTEM and not reason.strip():
        changed = (previous.probability, previous.severity) != (probability, severity)
        if changed:
            raise ValidationError({"reason": _("Give a reason when the assessment changes.")})
    assessment = attributed(
        RiskAssessment(
            risk=risk,
            assessed_on=assessed_on,
            assessed_by=history_user_of(actor),
            stage=stage,
            probability=probability,
            severity=severity,
            score=score,
            risk_class=risk_class,
            reason=reason,
            followup=followup,
        ),
        actor,
    )
    assessment.full_clean()
    assessment.save()
    return assessment


@transaction.atomic
def copy_risk_into(actor: Any, source: Risk, plan: ControlPlan) -> Risk:
    """A risk of another plan (e.g. the regional board's) taken into this plan as a new risk.

    Its latest assessment comes along when the pairing exists on this plan's matrix; the
    links to assignments do not, since they belong to the other plan's unit.
    """
    if not risk_policy.can_view(actor, source) or not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    values = {name: getattr(source, name) for name in RISK_FIELDS}
    last = plan.risks.order_by("-number").values_list("number", flat=True).first() or 0
    risk = attributed(
        Risk(plan=plan, number=last + 1, **values), actor, f"{source.plan}, risk {source.number}"
    )
    risk.full_clean()
    risk.save()
    latest = source.assessments.order_by("-assessed_on", "-pk").first()
    if latest is not None:
        # A pairing that is not on this plan's matrix leaves the risk to be assessed anew.
        with contextlib.suppress(ValidationError):
            assess_risk(
                actor,
                risk,
                probability=latest.probability,
                severity=latest.severity,
                assessed_on=latest.assessed_on,
                stage=latest.stage,
                reason=_("Taken from %(plan)s, risk %(number)s.")
                % {"plan": source.plan, "number": source.number},
                enforce_actions=False,
            )
    return risk
