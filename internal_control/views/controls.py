"""Pages of control activities: add one to a plan, change one."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from internal_control.access import control_policy
from internal_control.control_form import ControlForm, NewControlForm
from internal_control.models import ControlActivity, ControlPlan
from internal_control.services import controls as control_services
from internal_control.views.plan_lookup import plan_or_404
from organisation.access import get_visible_or_404


def _back(plan: ControlPlan) -> str:
    return reverse("internal_control:plan", args=[plan.pk]) + "#controls-heading"


@login_required
def control_create(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = plan_or_404(request, plan_pk, need="change")
    form = NewControlForm(request.POST or None, plan=plan)

    def create(data: dict[str, Any]) -> Any:
        return control_services.create_control(request.user, plan, **data)

    done = submit(request, form, create)
    if done.saved:
        messages.success(
            request,
            _("Control activity K%(number)s was added.") % {"number": done.result.number},
        )
        return redirect(_back(plan))
    return render(request, "internal_control/control_form.html", {"form": form, "plan": plan})


@login_required
def control_edit(request: HttpRequest, pk: int) -> HttpResponse:
    control = get_visible_or_404(
        request.user,
        control_policy,
        ControlActivity.objects.select_related("plan__unit", "risk", "owner"),
        pk,
        need="change",
    )
    initial = {f: getattr(control, f) for f in control_services.CONTROL_FIELDS} | {
        "version": control.version
    }
    form = ControlForm(request.POST or None, initial=initial, plan=control.plan)
    done = submit_versioned(
        request,
        form,
        lambda data, v: control_services.update_control(request.user, control, v, **data),
    )
    if done.saved:
        messages.success(request, _("The control activity was saved."))
        return redirect(_back(control.plan))
    return render(
        request,
        "internal_control/control_form.html",
        {"form": form, "control": control, "plan": control.plan, "conflict": done.conflict},
    )
