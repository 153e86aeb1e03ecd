"""What a unit's report for a period may hold an analysis of: the perspectives, goals and
measures of the unit's plan for the period's year.

A measure is the unit's own, as its scorecard shows it (followup.scorecard), under a goal
valid in the year if it has one; a goal or a perspective is the unit's or one set above it
(the strategic goals and success factors a division's scorecard is built on), a goal valid
in the year. Anything else does not exist for the page (404).
"""

from __future__ import annotations

from django.db.models import Model, Q
from django.http import Http404

from followup.models import Period
from followup.models.analysis import SUBJECT_FIELDS
from organisation.models import Unit
from planning.models import Goal, Indicator, Perspective
from planning.plan_tree import in_year

KINDS = tuple(SUBJECT_FIELDS)


def _goal_in_year(year: int) -> Q:
    return Q(goal__isnull=True) | (
        (Q(goal__first_year__isnull=True) | Q(goal__first_year__lte=year))
        & (Q(goal__last_year__isnull=True) | Q(goal__last_year__gte=year))
    )


def subject_in_plan(unit: Unit, period: Period, kind: str, pk: int) -> Model:
    """The perspective, goal or measure `pk` of the unit's plan for the period's year, or 404."""
    found: Model | None
    if kind == "matt":
        found = (
            Indicator.objects.filter(_goal_in_year(period.year), pk=pk, unit=unit)
            .select_related("goal")
            .first()
        )
    elif kind == "mal":
        found = (
            Goal.objects.filter(in_year(period.year), pk=pk, unit_id__in=unit.ancestor_ids)
            .select_related("perspective", "parent")
            .first()
        )
    elif kind == "perspektiv":
        found = Perspective.objects.filter(pk=pk, unit_id__in=unit.ancestor_ids).first()
    else:
        found = None
    if found is None or period.unit_id != unit.region_id:
        raise Http404
    return found
