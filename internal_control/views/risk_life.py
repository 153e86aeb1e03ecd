"""Ending a risk, taking it up again, removing it from a draft plan: the plan's keepers."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from internal_control.access import plan_policy, risk_policy
from internal_control.models import PlanStatus, Risk
from internal_control.risk_life_forms import EndRiskForm, RemoveRiskForm, ResumeRiskForm
from internal_control.services import risk_life
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
