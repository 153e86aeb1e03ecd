"""Writes to internal control plans: create, copy to next year, adopt, follow-up points."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from internal_control.access import plan_policy
from internal_control.models import (
    Action,
    ActionRisk,
    ControlActivity,
    ControlPlan,
    FollowUp,
    PlanAdoption,
    PlanStatus,
    Risk,
    RiskAssessment,
    RiskAssignment,
    RiskGoal,
    RiskMatrix,
)
from internal_control.plan_document import build_plan_document
from organisation.models import Unit
from planning.adoption_rules import check_adoption
from planning.decision_dates import DAY


def create_plan(
    actor: Any, unit: Unit, *, year: int, title: str, matrix: RiskMatrix, case_number: str = ""
) -> ControlPlan:
    if not plan_policy.can_create_in(actor, unit):
        raise PermissionDenied
    if matrix.unit_id != unit.region_id:
        raise ValidationError({"matrix": _("Choose a matrix of the unit's region.")})
    if ControlPlan.objects.filter(unit=unit, year=year).exists():
        raise ValidationError(
            {"year": _("The unit already has an internal control plan for this year.")}
        )
    plan = attributed(
        ControlPlan(unit=unit, year=year, title=title, matrix=matrix, case_number=case_number),
        actor,
    )
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def copy_plan(actor: Any, source: ControlPlan, *, year: int, title: str) -> ControlPlan:
    """Next year's plan as a copy: risks with their links and latest assessment, open actions
    with their risks, and the control activities. Follow-up reports stay with the old plan."""
    if not plan_policy.can_view(actor, source):
        raise PermissionDenied
    plan = create_plan(actor, source.unit, year=year, title=title, matrix=source.matrix)
    plan.copied_from = source
    plan.save(update_fields=["copied_from"])
    today = datetime.date.today()
    risk_map: dict[int, Risk] = {}
    # A risk ended in this year's plan no longer applies: next year's starts without it.
    ended = source.risks.filter(ended_on__isnull=False)
    for risk in source.risks.exclude(pk__in=ended).prefetch_related(
        "assessments", "assignment_links", "goal_links"
    ):
        copy = attributed(
            Risk(
                plan=plan,
                number=risk.number,
                title=risk.title,
                consequence=risk.consequence,
                cause=risk.cause,
                requirement_type=risk.requirement_type,
                priority=risk.priority,
                treatment=risk.treatment,
                owner=risk.owner,
                owner_title=risk.owner_title,
            ),
            actor,
        )
        copy.save()
        risk_map[risk.pk] = copy
        for link in risk.assignment_links.all():
            attributed(
                RiskAssignment(risk=copy, assignment_id=link.assignment_id, order=link.order), actor
            ).save()
        for goal_link in risk.goal_links.all():
            attributed(
                RiskGoal(risk=copy, goal_id=goal_link.goal_id, order=goal_link.order), actor
            ).save()
        assessments = list(risk.assessments.all())
        if assessments:
            last = assessments[-1]
            attributed(
                RiskAssessment(
                    risk=copy,
                    assessed_on=today,
                    assessed_by=history_user_of(actor),
                    stage=last.stage,
                    probability=last.probability,
                    severity=last.severity,
                    score=last.score,
                    risk_class_id=last.risk_class_id,
                    reason=_("Carried over from %(plan)s.") % {"plan": source.title},
                ),
                actor,
            ).save()
    for action in source.actions.exclude(status__in=["done", "cancelled"]).prefetch_related(
        "risk_links"
    ):
        new_action = attributed(
            Action(
                unit=action.unit,
                plan=plan,
                number=action.number,
                title=action.title,
                owner=action.owner,
                owner_title=action.owner_title,
                deadline=action.deadline,
                status=action.status,
            ),
            actor,
        )
        new_action.save()
        for risk_link in action.risk_links.all():
            if risk_link.risk_id in risk_map:
                attributed(
                    ActionRisk(
                        action=new_action,
                        risk=risk_map[risk_link.risk_id],
                        assignment_id=risk_link.assignment_id,
                        order=risk_link.order,
                    ),
                    actor,
                ).save()
    for control in source.controls.filter(ended_on__isnull=True):
        attributed(
            ControlActivity(
                plan=plan,
                risk=risk_map.get(control.risk_id) if control.risk_id else None,
                number=control.number,
                what=control.what,
                method=control.method,
                frequency=control.frequency,
                owner=control.owner,
                owner_title=control.owner_title,
                reported_when=control.reported_when,
            ),
            actor,
        ).save()
    return plan


@transaction.atomic
def adopt_plan(
    actor: Any,
    plan: ControlPlan,
    *,
    adopted_on: datetime.date,
    body: str,
    decision_reference: str = "",
    adopted_on_precision: str = DAY,
    expected_version: int | None = None,
) -> PlanAdoption:
    """Record the decision and freeze the plan as adopted; the follow-up goes on after it.

    The date may be known to the month or year only and the paragraph may be unknown (see
    `planning.adoption_rules`). A plan adopted again gets a new adoption, which is then the
    plan as adopted; the earlier ones stay.
    """
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    errors = check_adoption(adopted_on=adopted_on, precision=adopted_on_precision, body=body)
    if errors:
        raise ValidationError(errors)
    save_versioned(plan, expected_version, {"status": PlanStatus.ADOPTED}, actor=actor)
    adoption = attributed(
        PlanAdoption(
            plan=plan,
            adopted_on=adopted_on,
            adopted_on_precision=adopted_on_precision,
            body=body.strip(),
            decision_reference=decision_reference.strip(),
            recorded_by=history_user_of(actor),
            snapshot=build_plan_document(plan),
        ),
        actor,
    )
    adoption.full_clean()
    adoption.save()
    return adoption


def publish_plan(
    actor: Any, plan: ControlPlan, *, published: bool, expected_version: int | None = None
) -> ControlPlan:
    """Publish the plan's risks to the region's controllers, or stop publishing them."""
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    return save_versioned(  # type: ignore[return-value]
        plan, expected_version, {"published_to_region": published}, actor=actor
    )


def add_followup(actor: Any, plan: ControlPlan, *, name: str, due_on: datetime.date) -> FollowUp:
    if not plan_policy.can_change(actor, plan):
        raise PermissionDenied
    followup = attributed(FollowUp(plan=plan, name=name, due_on=due_on), actor)
    followup.full_clean()
    followup.save()
    return followup
