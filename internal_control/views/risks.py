"""A risk's page with its assessment history; create, edit and assess a risk."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from internal_control.access import action_policy, plan_policy, risk_policy
from internal_control.forms import (
    AssessmentForm,
    NewRiskForm,
    RiskForm,
    RiskLinksForm,
    TakeRiskForm,
)
from internal_control.models import ActionRisk, ControlPlan, Risk, RiskAssessment
from internal_control.plan_document import distinct_actions
from internal_control.services import risks as risk_services
from internal_control.services.categories import described
from internal_control.views.plan_lookup import plan_or_404
from organisation.access import get_visible_or_404
from planning.models import Assignment

FIELDS = risk_services.RISK_FIELDS


def _risk(request: HttpRequest, pk: int, need: str = "view") -> Risk:
    return get_visible_or_404(
        request.user,
        risk_policy,
        Risk.objects.select_related("plan__unit", "plan__matrix", "owner", "unit"),
        pk,
        need=need,
    )


@login_required
def risk_detail(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    assessments = risk.assessments.select_related("risk_class", "assessed_by", "followup").order_by(
        "-assessed_on", "-pk"
    )
    # A risk read through its plan's publication shows its actions, but links only to what
    # the person may open.
    actions = [
        (action, action_policy.can_view(request.user, action))
        for action in distinct_actions(
            ActionRisk.objects.filter(risk=risk)
            .select_related("action__owner", "action__unit")
            .order_by("order", "pk")
        )
    ]
    # In the plan's order of goal areas and assignments (a link's own order is the risk's
    # place under its assignment).
    assignments = risk.assignment_links.select_related("assignment__goal").order_by(
        "assignment__goal__order", "assignment__goal_id", "assignment__order", "assignment__code"
    )
    controls = risk.controls.select_related("owner").prefetch_related(
        Prefetch("results", to_attr="result_list")
    )
    category_heading, category_label = described(risk.plan.unit.region_id, risk.requirement_type)
    return render(
        request,
        "internal_control/risk_detail.html",
        {
            "risk": risk,
            "category_heading": category_heading,
            "category_label": category_label,
            "assessments": assessments,
            "latest": assessments.first(),
            "actions": actions,
            "assignments": assignments,
            "goals": risk.goal_links.select_related("goal"),
            "controls": controls,
            "can_view_plan": plan_policy.can_view(request.user, risk.plan),
            "can_change": risk_policy.can_change(request.user, risk),
            # Links to assignments and new actions belong to the plan, not to the risk's owner.
            "can_change_plan": plan_policy.can_change(request.user, risk.plan),
            "can_view_history": risk_policy.can_view_history(request.user, risk),
        },
    )


@login_required
def risk_create(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = plan_or_404(request, plan_pk, need="change")
    form = NewRiskForm(request.POST or None, region_id=plan.unit.region_id, plan_unit=plan.unit)
    done = submit(request, form, lambda data: risk_services.create_risk(request.user, plan, **data))
    if done.saved:
        messages.success(request, _("Risk %(number)s was added.") % {"number": done.result.number})
        return redirect(done.result)
    return render(request, "internal_control/risk_form.html", {"form": form, "plan": plan})


@login_required
def risk_edit(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk, need="change")
    initial = {f: getattr(risk, f) for f in FIELDS} | {"version": risk.version}
    form = RiskForm(
        request.POST or None,
        initial=initial,
        region_id=risk.plan.unit.region_id,
        plan_unit=risk.plan.unit,
    )
    done = submit_versioned(
        request, form, lambda data, v: risk_services.update_risk(request.user, risk, v, **data)
    )
    if done.saved:
        messages.success(request, _("The risk was saved."))
        return redirect(risk)
    return render(
        request,
        "internal_control/risk_form.html",
        {"form": form, "risk": risk, "plan": risk.plan, "conflict": done.conflict},
    )


@login_required
def risk_assess(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk, need="change")
    if risk.plan.unit.is_closed:
        raise PermissionDenied
    latest: RiskAssessment | None = risk.assessments.order_by("-assessed_on", "-pk").first()
    initial: dict[str, object] = {"assessed_on": timezone.localdate()}
    if latest is not None:
        initial |= {
            "probability": latest.probability,
            "severity": latest.severity,
            "stage": latest.stage,
        }
    form = AssessmentForm(request.POST or None, initial=initial, matrix=risk.plan.matrix)
    followup = risk.plan.followups.filter(closed=False).order_by("due_on").first()
    done = submit(
        request,
        form,
        lambda data: risk_services.assess_risk(request.user, risk, followup=followup, **data),
    )
    if done.saved:
        messages.success(request, _("The assessment was saved."))
        return redirect(risk)
    return render(
        request,
        "internal_control/risk_assess.html",
        {"form": form, "risk": risk, "latest": latest},
    )


def assignments_for(plan: ControlPlan) -> Any:
    """Assignments given to the plan's unit or to the units above it."""
    return (
        Assignment.objects.filter(unit_id__in=plan.unit.ancestor_ids)
        .select_related("goal")
        .order_by("goal__order", "goal__title", "order", "code")
    )


@login_required
def risk_links(request: HttpRequest, pk: int) -> HttpResponse:
    """Link a risk to the assignments it threatens; one risk may threaten several."""
    risk = _risk(request, pk, need="change")
    if not plan_policy.can_change(request.user, risk.plan):
        raise PermissionDenied
    current = list(risk.assignment_links.values_list("assignment_id", flat=True))
    form = RiskLinksForm(
        request.POST or None,
        assignments=assignments_for(risk.plan),
        initial={"assignments": current},
    )
    done = submit(
        request,
        form,
        lambda data: risk_services.set_assignments(request.user, risk, data["assignments"]),
    )
    if done.saved:
        messages.success(request, _("The links of the risk were saved."))
        return redirect(risk)
    return render(request, "internal_control/risk_links.html", {"form": form, "risk": risk})


@login_required
def risk_take(request: HttpRequest, plan_pk: int) -> HttpResponse:
    """Take a risk from another plan the person can read into this plan."""
    plan = plan_or_404(request, plan_pk, need="change")
    candidates = (
        risk_policy.scope(request.user, Risk.objects.exclude(plan=plan))
        .select_related("plan")
        .order_by("-plan__year", "plan__title", "number")
    )
    form = TakeRiskForm(request.POST or None, risks=candidates)
    done = submit(
        request, form, lambda data: risk_services.copy_risk_into(request.user, data["risk"], plan)
    )
    if done.saved:
        messages.success(request, _("Risk %(number)s was added.") % {"number": done.result.number})
        return redirect(done.result)
    return render(request, "internal_control/risk_take.html", {"form": form, "plan": plan})
