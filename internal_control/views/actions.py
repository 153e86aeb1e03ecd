"""An action's page; create and edit an action; the owner's report on it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from audit.params import id_param
from internal_control.access import action_policy
from internal_control.forms import ActionForm, ActionReportForm, NewActionForm
from internal_control.models import Action
from internal_control.services import actions as action_services
from internal_control.views.plan_lookup import plan_or_404
from organisation.access import get_visible_or_404


def _action(request: HttpRequest, pk: int, need: str = "view") -> Action:
    return get_visible_or_404(
        request.user,
        action_policy,
        Action.objects.select_related("unit", "plan", "owner"),
        pk,
        need=need,
    )


@login_required
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(request, pk)
    form = None
    if action_policy.can_change(request.user, action):
        form = ActionReportForm(initial={"status": action.status})
    return render(
        request,
        "internal_control/action_detail.html",
        {
            "action": action,
            "risks": action.risk_links.select_related("risk").order_by("risk__number"),
            "updates": action.updates.select_related("reported_by", "followup").order_by(
                "-reported_on", "-pk"
            ),
            "report_form": form,
            "can_change": action_policy.can_change(request.user, action),
            "can_view_history": action_policy.can_view_history(request.user, action),
        },
    )


@login_required
def action_report(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(request, pk, need="change")
    form = ActionReportForm(request.POST or None, initial={"status": action.status})
    followup = (
        action.plan.followups.filter(closed=False).order_by("due_on").first()
        if action.plan
        else None
    )
    done = submit(
        request,
        form,
        lambda data: action_services.report_action(request.user, action, followup=followup, **data),
    )
    if done.saved:
        messages.success(request, _("Your report on the action was saved."))
        return redirect(action)
    return render(request, "internal_control/action_report.html", {"form": form, "action": action})


@login_required
def action_create(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = plan_or_404(request, plan_pk, need="change")
    risks = plan.risks.order_by("number")
    initial_risks = [r for r in map(id_param, request.GET.getlist("risk")) if r is not None]
    form = NewActionForm(
        request.POST or None,
        region_id=plan.unit.region_id,
        risks=risks,
        initial={"risks": initial_risks},
    )

    def create(data: dict[str, Any]) -> Any:
        chosen = data.pop("risks")
        return action_services.create_action(request.user, plan, risks=chosen, **data)

    done = submit(request, form, create)
    if done.saved:
        messages.success(
            request, _("Action %(number)s was added.") % {"number": done.result.number}
        )
        return redirect(done.result)
    return render(request, "internal_control/action_form.html", {"form": form, "plan": plan})


@login_required
def action_edit(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(request, pk, need="change")
    initial = {f: getattr(action, f) for f in action_services.ACTION_FIELDS} | {
        "version": action.version
    }
    form = ActionForm(request.POST or None, initial=initial, region_id=action.unit.region_id)
    done = submit_versioned(
        request,
        form,
        lambda data, v: action_services.update_action(request.user, action, v, **data),
    )
    if done.saved:
        messages.success(request, _("The action was saved."))
        return redirect(action)
    return render(
        request,
        "internal_control/action_form.html",
        {"form": form, "action": action, "plan": action.plan, "conflict": done.conflict},
    )
