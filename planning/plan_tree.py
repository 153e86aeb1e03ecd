"""The operational plan of a unit for a year, as a tree the committee reads top-down.

Strategy or perspective -> goal set above (overarching or strategic) -> the assignments it
gives this unit -> the unit's own goals serving each assignment, with their measures; goals
that break a goal down without an assignment (success factors, division goals) nest below
it. A fixed number of queries whatever the size of the plan.

The measures and actions in a unit's plan are its own and those of the units under it: under
a goal set above, the board's and each committee's measures belong to their own plans, and the
units above follow up theirs in their own plans.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from organisation.models import Unit
from planning.models import Assignment, Goal, Indicator


def in_year(year: int) -> Q:
    """Goals valid in the year: no bounds means until further notice."""
    return (Q(first_year__isnull=True) | Q(first_year__lte=year)) & (
        Q(last_year__isnull=True) | Q(last_year__gte=year)
    )


def plan_years(unit: Unit) -> list[int]:
    """The years some goal of the unit or above it covers, for choosing the plan year."""
    years: set[int] = set()
    for first, last in Goal.objects.filter(unit_id__in=unit.ancestor_ids).values_list(
        "first_year", "last_year"
    ):
        if first is not None:
            years.update(range(first, (last or first) + 1))
    return sorted(years)


def default_year(years: list[int], today_year: int) -> int:
    """This year's plan if there is one, else the latest plan before it, else the first."""
    if not years or today_year in years:
        return today_year
    earlier = [y for y in years if y < today_year]
    return earlier[-1] if earlier else years[0]


def _action_links_within(unit: Unit) -> QuerySet[Any]:
    """Links from goals to the actions of the unit and the units under it.

    Actions live with internal control; they are read by relation name, not imported.
    """
    links = Goal._meta.get_field("action_links").related_model
    return links._default_manager.filter(  # type: ignore[union-attr]
        action__unit__path__startswith=unit.path
    ).select_related("action")


def plan_tree(unit: Unit, year: int) -> list[dict[str, Any]]:
    goals = list(
        Goal.objects.filter(in_year(year), unit_id__in=unit.ancestor_ids)
        .select_related("perspective", "unit")
        .prefetch_related(Prefetch("action_links", queryset=_action_links_within(unit)))
        .order_by("perspective__order", "order", "code")
    )
    goal_ids = [g.pk for g in goals]
    assignments = list(
        Assignment.objects.filter(Q(year__isnull=True) | Q(year=year), goal_id__in=goal_ids)
        .filter(unit_id__in=unit.ancestor_ids)
        .order_by("order", "code")
    )
    indicators = list(
        Indicator.objects.filter(goal_id__in=goal_ids, unit__path__startswith=unit.path)
        .select_related("unit")
        .order_by("order", "code")
    )
    parts: dict[int, list[Indicator]] = {}
    measures: dict[int, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.part_of_id:
            parts.setdefault(indicator.part_of_id, []).append(indicator)
        else:
            measures.setdefault(indicator.goal_id or 0, []).append(indicator)
    serving: dict[int, list[Goal]] = {}
    children: dict[int | None, list[Goal]] = {}
    known_assignments = {a.pk for a in assignments}
    for goal in goals:
        if goal.assignment_id in known_assignments:
            serving.setdefault(goal.assignment_id, []).append(goal)
        else:
            children.setdefault(goal.parent_id, []).append(goal)
    by_goal: dict[int, list[Assignment]] = {}
    for assignment in assignments:
        by_goal.setdefault(assignment.goal_id or 0, []).append(assignment)

    def measure_rows(goal: Goal) -> list[dict[str, Any]]:
        return [{"indicator": i, "parts": parts.get(i.pk, [])} for i in measures.get(goal.pk, [])]

    def node(goal: Goal) -> dict[str, Any]:
        return {
            "goal": goal,
            "assignments": [
                {
                    "assignment": a,
                    "goals": [
                        {"goal": g, "measures": measure_rows(g)} for g in serving.get(a.pk, [])
                    ],
                }
                for a in by_goal.get(goal.pk, [])
            ],
            "measures": measure_rows(goal),
            "actions": [link.action for link in goal.action_links.all()],
            "children": [node(child) for child in children.get(goal.pk, [])],
        }

    known = {g.pk for g in goals}
    roots = [
        g
        for g in goals
        if (g.parent_id is None or g.parent_id not in known)
        and g.assignment_id not in known_assignments
    ]
    perspectives: dict[Any, dict[str, Any]] = {}
    for goal in roots:
        entry = perspectives.setdefault(
            goal.perspective_id, {"perspective": goal.perspective, "goals": []}
        )
        entry["goals"].append(node(goal))
    return list(perspectives.values())
