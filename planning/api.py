"""The goal hierarchy and measures through the API, with the pages' rules and checks.

Goals of the units above one's own are readable as context (what one's goals contribute to),
as on the plan page; writing follows the unit's roles.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from audit.api_refusals import refusals
from audit.api_types import Count, Id, Version, Year, choice_of, decimal_of, text_of, unchanged
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.access import goal_policy, indicator_policy
from planning.api_indicator import IndicatorOut
from planning.models import (
    Assignment,
    Direction,
    Frequency,
    Goal,
    GoalLevel,
    Indicator,
    Perspective,
    PerspectiveKind,
)
from planning.plan_tree import in_year
from planning.services import goals as goal_services
from planning.services import indicators as indicator_services

router = Router()


PerspectiveKindValue = Annotated[str, choice_of(PerspectiveKind)]
GoalLevelValue = Annotated[str, choice_of(GoalLevel)]
DirectionValue = Annotated[str, choice_of(Direction)]
FrequencyValue = Annotated[str, choice_of(Frequency, blank=True)]
IndicatorDecimal = Annotated[Decimal, decimal_of(Indicator, "baseline_value")]


class PerspectiveOut(Schema):
    id: int
    unit_id: int
    kind: PerspectiveKindValue
    name: str
    description: str
    order: int
    version: int


class PerspectiveIn(Schema):
    unit_id: Id
    kind: PerspectiveKindValue
    name: Annotated[str, text_of(Perspective, "name", required=True)]
    description: Annotated[str, text_of(Perspective, "description")] = ""
    order: Count = 0


class PerspectivePatch(Schema):
    version: Version
    kind: PerspectiveKindValue = unchanged()
    name: Annotated[str, text_of(Perspective, "name", required=True)] = unchanged()
    description: Annotated[str, text_of(Perspective, "description")] = unchanged()
    order: Count = unchanged()


class GoalOut(Schema):
    id: int
    unit_id: int
    perspective_id: int | None
    parent_id: int | None
    assignment_id: int | None
    level: GoalLevelValue
    code: str
    title: str
    description: str
    first_year: int | None
    last_year: int | None
    order: int
    version: int


class GoalIn(Schema):
    unit_id: Id
    level: GoalLevelValue
    title: Annotated[str, text_of(Goal, "title", required=True)]
    code: Annotated[str, text_of(Goal, "code")] = ""
    description: Annotated[str, text_of(Goal, "description")] = ""
    perspective_id: Id | None = None
    parent_id: Id | None = None
    assignment_id: Id | None = None
    first_year: Year | None = None
    last_year: Year | None = None
    order: Count = 0


class GoalPatch(Schema):
    version: Version
    level: GoalLevelValue = unchanged()
    title: Annotated[str, text_of(Goal, "title", required=True)] = unchanged()
    code: Annotated[str, text_of(Goal, "code")] = unchanged()
    description: Annotated[str, text_of(Goal, "description")] = unchanged()
    perspective_id: Id | None = None
    parent_id: Id | None = None
    assignment_id: Id | None = None
    first_year: Year | None = None
    last_year: Year | None = None
    order: Count = unchanged()


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
    unit_id: Id
    goal_id: Id
    text: Annotated[str, text_of(Assignment, "text", required=True)]
    code: Annotated[str, text_of(Assignment, "code")] = ""
    year: Year | None = None
    given_to: Annotated[str, text_of(Assignment, "given_to")] = ""
    order: Count = 0


class AssignmentPatch(Schema):
    version: Version
    goal_id: Id | None = None
    text: Annotated[str, text_of(Assignment, "text", required=True)] = unchanged()
    code: Annotated[str, text_of(Assignment, "code")] = unchanged()
    year: Year | None = None
    given_to: Annotated[str, text_of(Assignment, "given_to")] = unchanged()
    order: Count = unchanged()


# Per cent of the target within which a missed threshold is partly met (the measure's own).
PartlyBand = Annotated[Decimal, decimal_of(Indicator, "partly_band"), Field(ge=0, le=100)]
# How much the measure counts where a goal is judged by weighting; null: none given (counts
# as 1). Refused, if out of bounds, by the model's validators in the service, as on the form.
Weight = Annotated[
    Decimal, Field(description="More than 0, at most 1000, to a thousandth; null: none given.")
]


class IndicatorIn(Schema):
    unit_id: Id
    name: Annotated[str, text_of(Indicator, "name", required=True)]
    goal_id: Id | None = None
    code: Annotated[str, text_of(Indicator, "code")] = ""
    description: Annotated[str, text_of(Indicator, "description")] = ""
    measure_unit: Annotated[str, text_of(Indicator, "measure_unit")] = ""
    direction: DirectionValue = Direction.HIGHER.value
    frequency: FrequencyValue = Frequency.TERTIAL.value
    report_periods: Annotated[str, text_of(Indicator, "report_periods")] = ""
    owner_title: Annotated[str, text_of(Indicator, "owner_title")] = ""
    sex_split: bool = True
    is_count: bool = False
    data_source: Annotated[str, text_of(Indicator, "data_source")] = ""
    target_text: Annotated[str, text_of(Indicator, "target_text")] = ""
    baseline_value: IndicatorDecimal | None = None
    baseline_year: Year | None = None
    benchmark_value: Annotated[Decimal, decimal_of(Indicator, "benchmark_value")] | None = None
    partly_band: PartlyBand | None = None
    target_year: Year | None = None
    weight: Weight | None = None


class IndicatorPatch(Schema):
    version: Version
    name: Annotated[str, text_of(Indicator, "name", required=True)] = unchanged()
    goal_id: Id | None = None
    code: Annotated[str, text_of(Indicator, "code")] = unchanged()
    description: Annotated[str, text_of(Indicator, "description")] = unchanged()
    measure_unit: Annotated[str, text_of(Indicator, "measure_unit")] = unchanged()
    direction: DirectionValue = unchanged()
    frequency: FrequencyValue = unchanged()
    report_periods: Annotated[str, text_of(Indicator, "report_periods")] = unchanged()
    owner_title: Annotated[str, text_of(Indicator, "owner_title")] = unchanged()
    sex_split: bool = unchanged()
    is_count: bool = unchanged()
    data_source: Annotated[str, text_of(Indicator, "data_source")] = unchanged()
    target_text: Annotated[str, text_of(Indicator, "target_text")] = unchanged()
    baseline_value: IndicatorDecimal | None = None
    baseline_year: Year | None = None
    benchmark_value: Annotated[Decimal, decimal_of(Indicator, "benchmark_value")] | None = None
    partly_band: PartlyBand | None = None
    target_year: Year | None = None
    weight: Weight | None = None


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
def list_perspectives(request: HttpRequest, unit_id: Id | None = None) -> Any:
    found = _readable(request, Perspective.objects.all()).order_by("unit_id", "order")
    return list(found.filter(unit_id=unit_id) if unit_id else found)


@router.post("/perspectives", response={201: PerspectiveOut, **refusals(403, 404)})
def create_perspective(request: HttpRequest, payload: PerspectiveIn) -> Status[Perspective]:
    unit = _unit(request, payload.unit_id)
    values = payload.dict(exclude={"unit_id"})
    return Status(201, goal_services.create_perspective(request.user, unit, **values))


@router.patch(
    "/perspectives/{perspective_id}", response={200: PerspectiveOut, **refusals(403, 409)}
)
def update_perspective(
    request: HttpRequest, perspective_id: Id, payload: PerspectivePatch
) -> Perspective:
    perspective = get_visible_or_404(
        request.user, goal_policy, Perspective.objects.all(), perspective_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return goal_services.update_perspective(request.user, perspective, payload.version, **values)


@router.get("/goals", response=list[GoalOut], summary="Goals, with those above as context")
def list_goals(request: HttpRequest, unit_id: Id | None = None, year: Year | None = None) -> Any:
    found = _readable(request, Goal.objects.all()).order_by("unit_id", "order", "pk")
    if unit_id:
        found = found.filter(unit_id=unit_id)
    return list(found.filter(in_year(year)) if year else found)


@router.post("/goals", response={201: GoalOut, **refusals(403, 404)})
def create_goal(request: HttpRequest, payload: GoalIn) -> Status[Goal]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, goal_services.create_goal(request.user, unit, **values))


@router.patch("/goals/{goal_id}", response={200: GoalOut, **refusals(403, 409)})
def update_goal(request: HttpRequest, goal_id: Id, payload: GoalPatch) -> Goal:
    goal = get_visible_or_404(request.user, goal_policy, Goal.objects.all(), goal_id, need="change")
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return goal_services.update_goal(request.user, goal, payload.version, **values)


@router.get("/assignments", response=list[AssignmentOut])
def list_assignments(
    request: HttpRequest, unit_id: Id | None = None, year: Year | None = None
) -> Any:
    found = _readable(request, Assignment.objects.all()).order_by("unit_id", "order", "pk")
    if unit_id:
        found = found.filter(unit_id=unit_id)
    return list(found.filter(year=year) if year else found)


@router.post("/assignments", response={201: AssignmentOut, **refusals(403, 404)})
def create_assignment(request: HttpRequest, payload: AssignmentIn) -> Status[Assignment]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, goal_services.create_assignment(request.user, unit, **values))


@router.patch("/assignments/{assignment_id}", response={200: AssignmentOut, **refusals(403, 409)})
def update_assignment(
    request: HttpRequest, assignment_id: Id, payload: AssignmentPatch
) -> Assignment:
    assignment = get_visible_or_404(
        request.user, goal_policy, Assignment.objects.all(), assignment_id, need="change"
    )
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return goal_services.update_assignment(request.user, assignment, payload.version, **values)


@router.post("/indicators", response={201: IndicatorOut, **refusals(403, 404)})
def create_indicator(request: HttpRequest, payload: IndicatorIn) -> Status[Indicator]:
    unit = _unit(request, payload.unit_id)
    values = _resolve(request, payload.dict(exclude={"unit_id"}))
    return Status(201, indicator_services.create_indicator(request.user, unit, **values))


@router.patch("/indicators/{indicator_id}", response={200: IndicatorOut, **refusals(403, 409)})
def update_indicator(request: HttpRequest, indicator_id: Id, payload: IndicatorPatch) -> Indicator:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.all(), indicator_id, need="change"
    )
    values = _resolve(request, payload.dict(exclude={"version"}, exclude_unset=True))
    return indicator_services.update_indicator(request.user, indicator, payload.version, **values)
