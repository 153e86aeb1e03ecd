"""Internal control plans: the list, the plan as the committee reads it, create, copy, adopt."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from internal_control.access import plan_policy
from internal_control.forms import AdoptForm, CopyPlanForm, FollowUpForm, PlanForm, PublishForm
from internal_control.models import Action, ControlPlan, RiskMatrix
from internal_control.plan_changes import plan_changes
from internal_control.plan_document import build_plan_document, plan_risks, readable
from internal_control.services import plans as plan_services
from internal_control.views.matrices import can_create_matrix
from internal_control.views.plan_lookup import plan_or_404
from internal_control.warnings import plan_warnings
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    plans = plan_policy.scope(request.user, ControlPlan.objects.select_related("unit")).order_by(
        "-year", "unit__path"
    )
    units = [
        u
        for u in unit_policy.scope(request.user, Unit.objects.open())
        if plan_policy.can_create_in(request.user, u)
    ]
    return render(
        request, "internal_control/plan_list.html", {"plans": plans, "creatable_units": units}
    )


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_or_404(request, pk)
    adoption = plan.adoptions.order_by("-adopted_on", "-pk").first()
    as_adopted = request.GET.get("version") == "antagen" and adoption is not None
    changes = None
    if as_adopted:
        assert adoption is not None
        document = readable(adoption.snapshot)
        warnings: list[Any] = []
    else:
        document = readable(build_plan_document(plan))
        risks = plan_risks(plan)
        actions = list(Action.objects.filter(plan=plan).order_by("number"))
        warnings = plan_warnings(plan, risks, actions)
        if adoption is not None:
            changes = plan_changes(readable(adoption.snapshot), document)
    return render(
        request,
        "internal_control/plan_detail.html",
        {
            "plan": plan,
            "document": document,
            "risks_by_number": {r["number"]: r for r in document["risks"]},
            "actions_by_number": {a["number"]: a for a in document["actions"]},
            "adoption": adoption,
            "as_adopted": as_adopted,
            "warnings": warnings,
            "changes": changes,
            "can_change": plan_policy.can_change(request.user, plan),
            "can_view_history": plan_policy.can_view_history(request.user, plan),
        },
    )


@login_required
def plan_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not plan_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    matrices = RiskMatrix.objects.filter(unit_id=unit.region_id).order_by("name", "-edition")
    form = PlanForm(request.POST or None, matrices=matrices)
    done = submit(request, form, lambda data: plan_services.create_plan(request.user, unit, **data))
    if done.saved:
        messages.success(request, _("The plan was created."))
        return redirect(done.result)
    return render(
        request,
        "internal_control/plan_form.html",
        {
            "form": form,
            "unit": unit,
            "has_matrices": matrices.exists(),
            "can_create_matrix": can_create_matrix(request.user),
        },
    )


@login_required
def plan_copy(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_or_404(request, pk)
    if not plan_policy.can_create_in(request.user, plan.unit):
        raise PermissionDenied
    initial = {
        "year": plan.year + 1,
        "title": plan.title.replace(str(plan.year), str(plan.year + 1)),
    }
    form = CopyPlanForm(request.POST or None, initial=initial)
    done = submit(request, form, lambda data: plan_services.copy_plan(request.user, plan, **data))
    if done.saved:
        messages.success(request, _("The plan was copied. Review the risks and their links."))
        return redirect(done.result)
    return render(request, "internal_control/plan_copy.html", {"form": form, "plan": plan})


@login_required
def plan_adopt(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_or_404(request, pk, need="change")
    form = AdoptForm(
        request.POST or None, initial={"version": plan.version, "body": str(plan.unit)}
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: plan_services.adopt_plan(request.user, plan, expected_version=v, **data),
    )
    if done.saved:
        messages.success(request, _("The adoption was recorded and the plan frozen as adopted."))
        return redirect(plan)
    return render(
        request,
        "internal_control/plan_adopt.html",
        {
            "form": form,
            "plan": plan,
            "adoption": plan.adoptions.order_by("-adopted_on", "-pk").first(),
            "conflict": done.conflict,
        },
    )


@login_required
@require_POST
def plan_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish the plan's risks to the region's controllers, or stop publishing them."""
    plan = plan_or_404(request, pk, need="change")
    form = PublishForm(request.POST)
    done = submit_versioned(
        request,
        form,
        lambda data, v: plan_services.publish_plan(
            request.user, plan, published=data["published"], expected_version=v
        ),
    )
    if done.saved:
        if plan.published_to_region:
            messages.success(request, _("The plan's risks are published to the region."))
        else:
            messages.success(request, _("The plan's risks are no longer published to the region."))
    elif done.conflict is not None:
        messages.error(request, _("The plan was changed by someone else. Check it and try again."))
    return redirect(plan)


@login_required
def followup_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a follow-up point: owners then report on it."""
    plan = plan_or_404(request, pk, need="change")
    form = FollowUpForm(request.POST or None)
    done = submit(
        request, form, lambda data: plan_services.add_followup(request.user, plan, **data)
    )
    if done.saved:
        messages.success(request, _("The follow-up was opened."))
        return redirect("internal_control:followup_status", pk=plan.pk)
    return render(request, "internal_control/followup_form.html", {"form": form, "plan": plan})
