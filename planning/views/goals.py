"""Create and edit the unit's goals and the assignments given to it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.access import goal_policy
from planning.forms import AssignmentForm, GoalForm, NewAssignmentForm, NewGoalForm
from planning.models import Assignment, Goal
from planning.services import goals as goal_services


def _plan_url(unit: Unit, year: int | None) -> str:
    url = reverse("planning:plan", args=[unit.pk])
    return f"{url}?ar={year}" if year else url


def _render(request: HttpRequest, form: Any, unit: Unit, obj: Any, kind: str, **extra: Any) -> Any:
    return render(
        request,
        "planning/object_form.html",
        {"form": form, "unit": unit, "object": obj, "kind": kind, **extra},
    )


@login_required
def goal_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not goal_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewGoalForm(request.POST or None, unit=unit, initial={"level": "committee"})
    done = submit(request, form, lambda data: goal_services.create_goal(request.user, unit, **data))
    if done.saved:
        messages.success(request, _("The goal was created."))
        return redirect(_plan_url(unit, done.result.first_year))
    return _render(request, form, unit, None, "goal")


@login_required
def goal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    goal = get_visible_or_404(
        request.user, goal_policy, Goal.objects.select_related("unit"), pk, need="change"
    )
    initial = {f: getattr(goal, f) for f in goal_services.GOAL_FIELDS if f != "order"}
    form = GoalForm(
        request.POST or None, unit=goal.unit, initial=initial | {"version": goal.version}
    )
    done = submit_versioned(
        request, form, lambda data, v: goal_services.update_goal(request.user, goal, v, **data)
    )
    if done.saved:
        messages.success(request, _("The goal was saved."))
        return redirect(_plan_url(goal.unit, goal.first_year))
    return _render(request, form, goal.unit, goal, "goal", conflict=done.conflict)


@login_required
def assignment_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not goal_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewAssignmentForm(request.POST or None, unit=unit)
    done = submit(
        request, form, lambda data: goal_services.create_assignment(request.user, unit, **data)
    )
    if done.saved:
        messages.success(request, _("The assignment was created."))
        return redirect(_plan_url(unit, done.result.year))
    return _render(request, form, unit, None, "assignment")


@login_required
def assignment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_visible_or_404(
        request.user, goal_policy, Assignment.objects.select_related("unit"), pk, need="change"
    )
    initial = {f: getattr(assignment, f) for f in goal_services.ASSIGNMENT_FIELDS if f != "order"}
    form = AssignmentForm(
        request.POST or None,
        unit=assignment.unit,
        initial=initial | {"version": assignment.version},
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: goal_services.update_assignment(request.user, assignment, v, **data),
    )
    if done.saved:
        messages.success(request, _("The assignment was saved."))
        return redirect(_plan_url(assignment.unit, assignment.year))
    return _render(request, form, assignment.unit, assignment, "assignment", conflict=done.conflict)
