"""Follow-up: the owner's own list, who has not reported yet, and control results."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit
from chapters.services import chapters_data
from internal_control.access import action_policy, control_policy, plan_policy
from internal_control.chapter_documents import CONTROL_FOLLOW_UP, follow_up_owner
from internal_control.followup_progress import owed_by
from internal_control.forms import ControlReportForm
from internal_control.models import Action, ControlActivity, ControlPlan
from internal_control.services.controls import report_control
from internal_control.views.register import register_queryset
from organisation.access import get_visible_or_404


@login_required
def my_list(request: HttpRequest) -> HttpResponse:
    """Mina risker och åtgärder: what the person owns and has to report on."""
    user: Any = request.user
    risks = register_queryset(user).filter(owner=user).order_by("plan__year", "number")
    actions = (
        action_policy.scope(user, Action.objects.filter(owner=user))
        .select_related("plan", "unit")
        .order_by("deadline", "number")
    )
    controls = (
        control_policy.scope(user, ControlActivity.objects.filter(owner=user))
        .select_related("plan", "risk")
        .order_by("plan__year", "number")
    )
    return render(
        request,
        "internal_control/my_list.html",
        {"risks": risks, "actions": actions, "controls": controls, "today": timezone.localdate()},
    )


@login_required
def followup_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Per owner: what is reported at the plan's open follow-up and what is still missing."""
    plan = get_visible_or_404(
        request.user, plan_policy, ControlPlan.objects.select_related("unit"), pk
    )
    followup = plan.followups.filter(closed=False).order_by("due_on").first()
    state = owed_by([followup])[followup.pk] if followup else None
    return render(
        request,
        "internal_control/followup_status.html",
        {
            "plan": plan,
            "followup": followup,
            "state": state,
            "can_change": plan_policy.can_change(request.user, plan),
            "chapters": chapters_data(CONTROL_FOLLOW_UP, follow_up_owner(followup))
            if followup
            else [],
        },
    )


@login_required
def control_report(request: HttpRequest, pk: int) -> HttpResponse:
    control = get_visible_or_404(
        request.user,
        control_policy,
        ControlActivity.objects.select_related("plan__unit", "risk"),
        pk,
        need="change",
    )
    form = ControlReportForm(request.POST or None, initial={"performed_on": timezone.localdate()})
    followup = control.plan.followups.filter(closed=False).order_by("due_on").first()
    done = submit(
        request,
        form,
        lambda data: report_control(request.user, control, followup=followup, **data),
    )
    if done.saved:
        messages.success(request, _("The control result was saved."))
        return redirect("internal_control:mine")
    return render(
        request,
        "internal_control/control_report.html",
        {"form": form, "control": control, "results": control.results.order_by("-performed_on")},
    )
