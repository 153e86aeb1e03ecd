"""Ending a risk or a control activity, taking it up again, removing a risk from a draft
plan: the plan's keepers."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from internal_control.access import control_policy, plan_policy, risk_policy
from internal_control.models import ControlActivity, PlanStatus, Risk
from internal_control.risk_life_forms import (
    EndControlForm,
    EndRiskForm,
    RemoveRiskForm,
    ResumeControlForm,
    ResumeRiskForm,
)
from internal_control.services import control_life, risk_life
from organisation.access import get_visible_or_404


def _risk(request: HttpRequest, pk: int) -> Risk:
    risk = get_visible_or_404(
        request.user, risk_policy, Risk.objects.select_related("plan__unit"), pk
    )
    if not plan_policy.can_change(request.user, risk.plan):
        raise PermissionDenied
    return risk


@login_required
def risk_end(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    if risk.is_ended:
        return redirect("internal_control:risk_resume", pk=risk.pk)
    form = EndRiskForm(
        request.POST or None,
        initial={"version": risk.version, "ended_on": timezone.localdate()},
    )
    done = submit_versioned(
        request,
        form,
        lambda data, version: risk_life.end_risk(
            request.user, risk, version, ended_on=data["ended_on"], reason=data["reason"]
        ),
    )
    if done.saved:
        messages.success(request, _("Risk %(number)s was ended.") % {"number": risk.number})
        return redirect(risk)
    return render(
        request,
        "internal_control/risk_end.html",
        {"risk": risk, "form": form, "conflict": done.conflict},
    )


@login_required
def risk_resume(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    if not risk.is_ended:
        return redirect(risk)
    form = ResumeRiskForm(request.POST or None, initial={"version": risk.version})
    done = submit_versioned(
        request,
        form,
        lambda data, version: risk_life.resume_risk(
            request.user, risk, version, reason=data["reason"]
        ),
    )
    if done.saved:
        messages.success(request, _("Risk %(number)s applies again.") % {"number": risk.number})
        return redirect(risk)
    return render(
        request,
        "internal_control/risk_resume.html",
        {"risk": risk, "form": form, "conflict": done.conflict},
    )


@login_required
def risk_remove(request: HttpRequest, pk: int) -> HttpResponse:
    risk = _risk(request, pk)
    if risk.plan.status != PlanStatus.DRAFT:
        return redirect("internal_control:risk_end", pk=risk.pk)
    plan = risk.plan
    number = risk.number
    form = RemoveRiskForm(request.POST or None)
    done = submit(
        request,
        form,
        lambda data: risk_life.remove_risk(request.user, risk, reason=data["reason"]),
    )
    if done.saved:
        messages.success(
            request, _("Risk %(number)s was removed from the draft.") % {"number": number}
        )
        return redirect(plan)
    return render(request, "internal_control/risk_remove.html", {"risk": risk, "form": form})


def _control(request: HttpRequest, pk: int) -> ControlActivity:
    control = get_visible_or_404(
        request.user, control_policy, ControlActivity.objects.select_related("plan__unit"), pk
    )
    if not plan_policy.can_change(request.user, control.plan):
        raise PermissionDenied
    return control


@login_required
def control_end(request: HttpRequest, pk: int) -> HttpResponse:
    """End a control activity, or take an ended one up again: the plan's keepers."""
    control = _control(request, pk)
    ended = control.ended_on is not None
    form = (
        ResumeControlForm(request.POST or None, initial={"version": control.version})
        if ended
        else EndControlForm(
            request.POST or None,
            initial={"version": control.version, "ended_on": timezone.localdate()},
        )
    )

    def save(data: dict, version: int | None) -> ControlActivity:
        if ended:
            return control_life.resume_control(
                request.user, control, version, reason=data["reason"]
            )
        return control_life.end_control(
            request.user, control, version, ended_on=data["ended_on"], reason=data["reason"]
        )

    done = submit_versioned(request, form, save)
    back = reverse("internal_control:plan", args=[control.plan_id]) + "#controls-heading"
    if done.saved:
        messages.success(
            request,
            (
                _("Control activity K%(number)s is performed again.")
                if ended
                else _("Control activity K%(number)s was ended.")
            )
            % {"number": control.number},
        )
        return redirect(back)
    return render(
        request,
        "internal_control/control_end.html",
        {"control": control, "form": form, "ended": ended, "back": back, "conflict": done.conflict},
    )
