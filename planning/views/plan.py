"""The operational plan of a unit as the committee reads it: strategy -> goal -> assignment
-> the unit's own goals and measures, with what each contributes to."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from planning.access import indicator_policy
from planning.models import Assignment, Goal, Indicator


def plan_tree(unit: Unit) -> list[dict[str, Any]]:
    """Goals of the unit and the units above it, grouped by perspective, in four queries."""
    goals = list(
        Goal.objects.filter(unit_id__in=unit.ancestor_ids)
        .select_related("perspective", "unit", "parent")
        # Actions serving a goal live with internal control's actions; read by relation name.
        .prefetch_related("action_links__action")
        .order_by("perspective__order", "order", "code")
    )
    goal_ids = [g.pk for g in goals]
    assignments = list(Assignment.objects.filter(goal_id__in=goal_ids).order_by("order", "code"))
    indicators = list(
        Indicator.objects.filter(goal_id__in=goal_ids)
        .select_related("unit")
        .order_by("order", "code")
    )
    children: dict[int | None, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id, []).append(goal)
    by_goal_assignments: dict[int, list[Assignment]] = {}
    for assignment in assignments:
        by_goal_assignments.setdefault(assignment.goal_id or 0, []).append(assignment)
    by_goal_indicators: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        by_goal_indicators.setdefault(indicator.goal_id or 0, []).append(indicator)

    def node(goal: Goal) -> dict[str, Any]:
        return {
            "goal": goal,
            "assignments": by_goal_assignments.get(goal.pk, []),
            "indicators": by_goal_indicators.get(goal.pk, []),
            "actions": [link.action for link in goal.action_links.all()],
            "children": [node(child) for child in children.get(goal.pk, [])],
        }

    known = {g.pk for g in goals}
    roots = [g for g in goals if g.parent_id is None or g.parent_id not in known]
    perspectives: dict[Any, dict[str, Any]] = {}
    for goal in roots:
        key = goal.perspective_id
        entry = perspectives.setdefault(key, {"perspective": goal.perspective, "goals": []})
        entry["goals"].append(node(goal))
    return list(perspectives.values())


@login_required
def operational_plan(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        # Units above one's own are context in the tree, not readable plans.
        raise Http404
    return render(
        request,
        "planning/plan.html",
        {
            "unit": unit,
            "tree": plan_tree(unit),
            "can_add": indicator_policy.can_create_in(request.user, unit),
        },
    )
