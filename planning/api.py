"""The goal hierarchy and measures through the API, with the pages' rules and checks.

Goals of the units above one's own are readable as context (what one's goals contribute to),
as on the plan page; writing follows the unit's roles.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from followup.api import IndicatorOut
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.access import goal_policy, indicator_policy
from planning.models import Assignment, Goal, Indicator, Perspective
from planning.plan_tree import in_year
from planning.services import goals as goal_services
from planning.services import indicators as indicator_services

router = Router()


class PerspectiveOut(Schema):
    id: int
    unit_id: int
    kind: str
    name: str
    description: str
    order: int
    version: int


class PerspectiveIn(Schema):
    unit_id: int
    kind: str
    name: str = Field(min_length=1)
    description: str = ""
    order: int = 0


class PerspectivePatch(Schema):
    version: int
    kind: str | None = None
    name: str | None = None
    description: str | None = None
    order: int | None = None


class GoalOut(Schema):
    id: int
    unit_id: int
    perspective_id: int | None
    parent_id: int | None
    assignment_id: int | None
    level: str
    code: str
    title: str
    description: str
    first_year: int | None
    last_year: int | None
    order: int
    version: int


class GoalIn(Schema):
    unit_id: int
    level: str
    title: str = Field(min_length=1)
    code: str = ""
    description: str = ""
    perspective_id: int | None = None
    parent_id: int | None = None
    assignment_id: int | None = None
    first_year: int | None = None
    last_year: int | None = None
    order: int = 0


class GoalPatch(Schema):
    version: int
    level: str | None = None
    title: str | None = None
    code: str | None = None
    description: str | None = None
    perspective_id: int | None = None
    parent_id: int | None = None
    assignment_id: int | None = None
    first_year: int | None = None
    last_year: int | None = None
    order: int | None = None


class AssignmentOut(Schema):
    id: int
    unit_id: int
    goal_id: int | None
    code: str
    year: int | None
    text: str
    given_to: str
    order: int
    version: int


class AssignmentIn(Schema):
    unit_id: int
    goal_id: int
    text: str = Field(min_length=1)
    code: str = ""
    year: int | None = None
    given_to: str = ""
    order: int = 0


class AssignmentPatch(Schema):
    version: int
    goal_id: int | None = None
    text: str | None = None
    code: str | None = None
    year: int | None = None
    given_to: str | None = None
    order: int | None = None


class IndicatorIn(Schema):
    unit_id: int
    name: str = Field(min_length=1)
    goal_id: int | None = None
    code: str = ""
    description: str = ""
    measure_unit: str = ""
    direction: str = "higher"
    frequency: str = "tertial"
    report_periods: str = ""
    owner_title: str = ""
    sex_split: bool = True
    is_count: bool = False
    data_source: str = ""
    target_text: str = ""
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    benchmark_value: Decimal | None = None


class IndicatorPatch(Schema):
    version: int
    name: str | None = None
    goal_id: int | None = None
    code: str | None = None
    description: str | None = None
    measure_unit: str | None = None
    direction: str | None = None
    frequency: str | None = None
    report_periods: str | None = None
    owner_title: str | None = None
    sex_split: bool | None = None
    is_count: bool | None = None
    data_source: str | None = None
    target_text: str | None = None
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    benchmark_value: Decimal | None = None


def _readable(request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Objects of the units one may read, and of the units above them as context."""
    return queryset.filter(unit__in=unit_policy.scope(request.user, Unit.objects.all()))


def _unit(request: HttpRequest, unit_id: int) -> Unit:
    return get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)


def _resolve(request: HttpRequest, values: dict[str, Any]) -> dict[str, Any]:
    """Turn *_id fields into objects the person may read; an unknown id names its field."""
    sources = {
        "perspective_id": ("perspective", Perspective),
        "parent_id": ("parent", Goal),
        "assignment_id": ("assignment", Assignment),
        "goal_id": ("goal", Goal),
    }
    for key, (name, model) in sources.items():
        if key not in values:
            continue
        pk = values.pop(key)
        if pk is None:
            values[name] = None
            continue
        found = _readable(request, model._default_manager.filter(pk=pk)).first()
        if found is None:
            raise ValidationError({key: _("Unknown or not readable: %(id)s.") % {"id": pk}})
        values[name] = found
    return values


@router.get("/perspectives", response=list[PerspectiveOut])
def list_perspectives(request: HttpRequest, unit_id: int | None = None) -> Any:
    found = _readable(request, Perspective.objects.all()).order_by("unit_id", "order")
    return list(found.filter(unit_id=unit_id) if unit_id else found)


@router.post("/perspectives", response={201: PerspectiveOut})
def create_perspective(request: HttpRequest, payload: PerspectiveIn) -> Status[Perspective]:
    unit = _unit(request, payload.unit_id)
    values = payload.dict(exclude={"unit_id"})
    return Status(201, goal_services.create_perspective(request.user, unit, **values))


@router.patch("/perspectives/{perspective_id}", response=PerspectiveOut)
def update_perspective(
    request: HttpRequest, perspective_id: int, payload: PerspectivePatch
) -> Perspective:
    perspective = get_visible_or_404(
        request.user, goal_policy, Perspective.objects.all(), perspective_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return goal_services.update_perspective(request.user, perspective, payload.version, **values)


@router.get("/goals", response=list[GoalOut], summary="Goals, with those above as context")
def list_goals(request: HttpRequest, unit_id: int | None = None, year: int | None = None) -> Any:
    found = _readable(request, Goal.objects.all()).order_by("unit_id", "order", "pk")
    if unit_id:
        found = found.filter(unit_id=unit_id)
    return list(found.filter(in_year(year)) if year else found)


@router.post("/goals", response={201: GoalOut})
def create_goal(request: HttpRequest, payload: GoalIn) -> Status[Goal]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, goal_services.create_goal(request.user, unit, **values))


@router.patch("/goals/{goal_id}", response=GoalOut)
def update_goal(request: HttpRequest, goal_id: int, payload: GoalPatch) -> Goal:
    goal = get_visible_or_404(request.user, goal_policy, Goal.objects.all(), goal_id, need="change")
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return goal_services.update_goal(request.user, goal, payload.version, **values)


@router.get("/assignments", response=list[AssignmentOut])
def list_assignments(
    request: HttpRequest, unit_id: int | None = None, year: int | None = None
) -> Any:
    found = _readable(request, Assignment.objects.all()).order_by("unit_id", "order", "pk")
    if unit_id:
        found = found.filter(unit_id=unit_id)
    return list(found.filter(year=year) if year else found)


@router.post("/assignments", response={201: AssignmentOut})
def create_assignment(request: HttpRequest, payload: AssignmentIn) -> Status[Assignment]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, goal_services.create_assignment(request.user, unit, **values))


@router.patch("/assignments/{assignment_id}", response=AssignmentOut)
def update_assignment(
    request: HttpRequest, assignment_id: int, payload: AssignmentPatch
) -> Assignment:
    assignment = get_visible_or_404(
        request.user, goal_policy, Assignment.objects.all(), assignment_id, need="change"
    )
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return goal_services.update_assignment(request.user, assignment, payload.version, **values)


@router.post("/indicators", response={201: IndicatorOut})
def create_indicator(request: HttpRequest, payload: IndicatorIn) -> Status[Indicator]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, indicator_services.create_indicator(request.user, unit, **values))


@router.patch("/indicators/{indicator_id}", response=IndicatorOut)
def update_indicator(request: HttpRequest, indicator_id: int, payload: IndicatorPatch) -> Indicator:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.all(), indicator_id, need="change"
    )
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return indicator_services.update_indicator(request.user, indicator, payload.version, **values)
