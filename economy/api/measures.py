"""Measures for a balanced economy through the API: the same policies, services, version
checks and history as the pages, and the consolidated figures the page shows."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Status

from audit.api_refusals import refusals
from audit.api_types import Id, Year
from economy.access import (
    calculation_policy,
    can_read_balance,
    effect_policy,
    measure_policy,
    programme_policy,
)
from economy.api import router
from economy.api_schemas import (
    BalanceOut,
    CalculationIn,
    CalculationOut,
    CalculationPut,
    EffectIn,
    EffectOut,
    EffectPatch,
    MeasureIn,
    MeasureLinksIn,
    MeasureOut,
    MeasurePatch,
    ProgrammeIn,
    ProgrammeOut,
    ProgrammePatch,
)
from economy.balance import balance_report
from economy.calculation_text import shown_calculation
from economy.effects import planned_value, realised_value
from economy.measure_rows import actual_values, calculation_facts, effect_facts
from economy.models import Calculation, CostType, Measure, Programme, RealisedEffect
from economy.services import calculations as calculation_services
from economy.services import effects as effect_services
from economy.services import measures as measure_services
from economy.services.calculations import InputValues
from followup.access import outcome_policy
from followup.models import Outcome
from internal_control.access import action_policy, risk_policy
from internal_control.models import Action, Risk
from organisation.access import get_visible_or_404, unit_policy, user_policy
from organisation.models import Unit, User
from planning.access import goal_policy, indicator_policy
from planning.models import Assignment, Indicator


def _unit(request: HttpRequest, unit_id: int) -> Unit:
    return get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)


def _one(request: HttpRequest, field: str, policy: Any, queryset: QuerySet[Any], pk: int) -> Any:
    """An object named by an id in the body; an unknown or unreadable one names its field."""
    try:
        return get_visible_or_404(request.user, policy, queryset, pk)
    except Http404:
        raise ValidationError({field: _("Unknown or not readable: %(id)s.") % {"id": pk}}) from None


def _many(request: HttpRequest, field: str, policy: Any, model: type[Model], ids: list[int]) -> Any:
    found = list(policy.scope(request.user, model._default_manager.filter(pk__in=ids)))
    missing = sorted(set(ids) - {o.pk for o in found})
    if missing:
        raise ValidationError({field: _("Unknown or not readable: %(id)s.") % {"id": missing[0]}})
    return found


def _measure_out(measure: Measure) -> dict[str, Any]:
    fields = [
        "id",
        "unit_id",
        "programme_id",
        "number",
        "title",
        "description",
        "owner_id",
        "owner_title",
        "decided_by",
        "decided_on",
        "decision_reference",
        "status",
        "first_year",
        "last_year",
        "version",
    ]
    return {name: getattr(measure, name) for name in fields} | {
        "risk_ids": [r.pk for r in measure.risks.all()],
        "assignment_ids": [a.pk for a in measure.assignments.all()],
        "indicator_ids": [i.pk for i in measure.indicators.all()],
        "action_ids": [a.pk for a in measure.actions.all()],
    }


def _measures(queryset: QuerySet[Measure]) -> QuerySet[Measure]:
    return queryset.prefetch_related("risks", "assignments", "indicators", "actions")


def _calculation_out(calculation: Calculation) -> dict[str, Any]:
    fields = "id measure_id year cost_type_id formula explanation from_month is_example version"
    return {name: getattr(calculation, name) for name in fields.split()} | {
        "inputs": list(calculation.inputs.all()),
        "value": planned_value(calculation_facts(calculation)),
        "shown": shown_calculation(calculation),
    }


def _effect_out(effect: RealisedEffect) -> dict[str, Any]:
    fields = (
        "id measure_id calculation_id year month amount comment indicator_outcome_id "
        "cost_type_id reported_by_id is_example version"
    )
    calculation = effect.calculation
    return {name: getattr(effect, name) for name in fields.split()} | {
        "actual_inputs": actual_values(effect.actual_inputs),
        "value": realised_value(
            effect_facts(effect), calculation_facts(calculation) if calculation else None
        ),
    }


def _measure(request: HttpRequest, measure_id: int, need: str = "view") -> Measure:
    return get_visible_or_404(
        request.user,
        measure_policy,
        Measure.objects.select_related("unit", "owner"),
        measure_id,
        need=need,
    )


@router.get("/programmes", response=list[ProgrammeOut])
def list_programmes(request: HttpRequest, unit_id: Id | None = None) -> Any:
    found = programme_policy.scope(request.user, Programme.objects.all()).order_by(
        "unit_id", "order"
    )
    return list(found.filter(unit_id=unit_id) if unit_id else found)


@router.post("/programmes", response={201: ProgrammeOut, **refusals(403, 404)})
def create_programme(request: HttpRequest, payload: ProgrammeIn) -> Status[Programme]:
    unit = _unit(request, payload.unit_id)
    values = payload.dict(exclude={"unit_id"})
    return Status(201, measure_services.create_programme(request.user, unit, **values))


@router.patch("/programmes/{programme_id}", response={200: ProgrammeOut, **refusals(403, 409)})
def update_programme(request: HttpRequest, programme_id: Id, payload: ProgrammePatch) -> Any:
    programme = get_visible_or_404(
        request.user, programme_policy, Programme.objects.all(), programme_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return measure_services.update_programme(request.user, programme, payload.version, **values)


@router.get("/measures", response=list[MeasureOut])
def list_measures(
    request: HttpRequest,
    unit_id: Id | None = None,
    programme_id: Id | None = None,
    year: Year | None = None,
) -> Any:
    found = measure_policy.scope(request.user, Measure.objects.all()).order_by("unit_id", "number")
    if unit_id:
        found = found.filter(unit_id=unit_id)
    if programme_id:
        found = found.filter(programme_id=programme_id)
    if year:
        found = found.filter(first_year__lte=year, last_year__gte=year)
    return [_measure_out(m) for m in _measures(found)]


@router.get("/measures/{measure_id}", response=MeasureOut)
def get_measure(request: HttpRequest, measure_id: Id) -> Any:
    return _measure_out(
        get_visible_or_404(
            request.user, measure_policy, _measures(Measure.objects.all()), measure_id
        )
    )


def _measure_values(request: HttpRequest, values: dict[str, Any]) -> dict[str, Any]:
    if "programme_id" in values:
        pk = values.pop("programme_id")
        values["programme"] = (
            _one(request, "programme_id", programme_policy, Programme.objects.all(), pk)
            if pk is not None
            else None
        )
    if "owner_id" in values:
        pk = values.pop("owner_id")
        values["owner"] = (
            _one(request, "owner_id", user_policy, User.objects.all(), pk)
            if pk is not None
            else None
        )
    return values


@router.post("/measures", response={201: MeasureOut, **refusals(403, 404)})
def create_measure(request: HttpRequest, payload: MeasureIn) -> Status[Any]:
    unit = _unit(request, payload.unit_id)
    values = _measure_values(request, payload.dict(exclude={"unit_id"}))
    measure = measure_services.create_measure(request.user, unit, **values)
    return Status(201, _measure_out(measure))


@router.patch("/measures/{measure_id}", response={200: MeasureOut, **refusals(403, 409)})
def update_measure(request: HttpRequest, measure_id: Id, payload: MeasurePatch) -> Any:
    measure = _measure(request, measure_id, need="change")
    values = _measure_values(request, payload.dict(exclude={"version"}, exclude_unset=True))
    measure_services.update_measure(request.user, measure, payload.version, **values)
    return _measure_out(measure)


@router.put("/measures/{measure_id}/links", response={200: MeasureOut, **refusals(403, 409)})
def set_links(request: HttpRequest, measure_id: Id, payload: MeasureLinksIn) -> Any:
    measure = _measure(request, measure_id, need="change")
    measure_services.set_measure_links(
        request.user,
        measure,
        payload.version,
        risks=_many(request, "risk_ids", risk_policy, Risk, payload.risk_ids),
        assignments=_many(
            request, "assignment_ids", goal_policy, Assignment, payload.assignment_ids
        ),
        indicators=_many(
            request, "indicator_ids", indicator_policy, Indicator, payload.indicator_ids
        ),
        actions=_many(request, "action_ids", action_policy, Action, payload.action_ids),
    )
    return _measure_out(measure)


def _calculation_values(request: HttpRequest, measure: Measure, payload: Any) -> dict[str, Any]:
    values = payload.dict(exclude={"version", "inputs", "cost_type_id"})
    cost_type = CostType.objects.filter(
        pk=payload.cost_type_id, region_id=measure.unit.region_id
    ).first()
    if cost_type is None:
        raise ValidationError({"cost_type_id": _("Choose a cost type of the measure's region.")})
    inputs = [
        InputValues(i.key, i.label or i.key, i.value, i.unit, i.kronor_per_unit)
        for i in payload.inputs
    ]
    return values | {"cost_type": cost_type, "inputs": inputs}


@router.get("/measures/{measure_id}/calculations", response=list[CalculationOut])
def list_calculations(request: HttpRequest, measure_id: Id) -> Any:
    measure = _measure(request, measure_id)
    rows = measure.calculations.prefetch_related("inputs").order_by("year", "cost_type__order")
    return [_calculation_out(c) for c in rows]


@router.post("/measures/{measure_id}/calculations", response={201: CalculationOut, **refusals(403)})
def create_calculation(request: HttpRequest, measure_id: Id, payload: CalculationIn) -> Any:
    measure = _measure(request, measure_id, need="change")
    values = _calculation_values(request, measure, payload)
    calculation = calculation_services.create_calculation(request.user, measure, **values)
    return Status(201, _calculation_out(calculation))


@router.put("/calculations/{calculation_id}", response={200: CalculationOut, **refusals(403, 409)})
def update_calculation(request: HttpRequest, calculation_id: Id, payload: CalculationPut) -> Any:
    calculation = get_visible_or_404(
        request.user,
        calculation_policy,
        Calculation.objects.select_related("measure__unit", "measure__owner"),
        calculation_id,
        need="change",
    )
    values = _calculation_values(request, calculation.measure, payload)
    saved = calculation_services.update_calculation(
        request.user, calculation, payload.version, **values
    )
    return _calculation_out(Calculation.objects.prefetch_related("inputs").get(pk=saved.pk))


def _effect_values(request: HttpRequest, measure: Measure, values: dict[str, Any]) -> Any:
    if "calculation_id" in values:
        pk = values.pop("calculation_id")
        values["calculation"] = None
        if pk is not None:
            values["calculation"] = measure.calculations.filter(pk=pk).first()
            if values["calculation"] is None:
                raise ValidationError(
                    {"calculation_id": _("Choose a calculation of this measure.")}
                )
    if "indicator_outcome_id" in values:
        pk = values.pop("indicator_outcome_id")
        values["indicator_outcome"] = (
            _one(
                request,
                "indicator_outcome_id",
                outcome_policy,
                Outcome.objects.select_related("period", "indicator"),
                pk,
            )
            if pk is not None
            else None
        )
    if "cost_type_id" in values:
        pk = values.pop("cost_type_id")
        values["cost_type"] = None
        if pk is not None:
            values["cost_type"] = CostType.objects.filter(
                pk=pk, region_id=measure.unit.region_id
            ).first()
            if values["cost_type"] is None:
                raise ValidationError(
                    {"cost_type_id": _("Choose a cost type of the measure's region.")}
                )
    return values


@router.get("/measures/{measure_id}/effects", response=list[EffectOut])
def list_effects(request: HttpRequest, measure_id: Id) -> Any:
    measure = _measure(request, measure_id)
    rows = measure.effects.select_related("calculation").prefetch_related("calculation__inputs")
    return [_effect_out(e) for e in rows.order_by("year", "month", "pk")]


@router.post("/measures/{measure_id}/effects", response={201: EffectOut, **refusals(403)})
def report_effect(request: HttpRequest, measure_id: Id, payload: EffectIn) -> Any:
    measure = _measure(request, measure_id, need="change")
    values = _effect_values(request, measure, payload.dict())
    return Status(201, _effect_out(effect_services.report_effect(request.user, measure, **values)))


@router.patch("/effects/{effect_id}", response={200: EffectOut, **refusals(403, 409)})
def update_effect(request: HttpRequest, effect_id: Id, payload: EffectPatch) -> Any:
    effect = get_visible_or_404(
        request.user,
        effect_policy,
        RealisedEffect.objects.select_related("measure__unit", "measure__owner"),
        effect_id,
        need="change",
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    values = _effect_values(request, effect.measure, values)
    saved = effect_services.update_effect(request.user, effect, payload.version, **values)
    return _effect_out(RealisedEffect.objects.select_related("calculation").get(pk=saved.pk))


@router.get(
    "/balance/{unit_id}/{year}",
    response=BalanceOut,
    summary="Will the unit's measures close its budget gap? The consolidated figures",
)
def get_balance(
    request: HttpRequest, unit_id: Id, year: Year, programme_id: Id | None = None
) -> Any:
    unit = _unit(request, unit_id)
    if not can_read_balance(request.user, unit):
        raise Http404
    programme = None
    if programme_id is not None:
        programme = Programme.objects.filter(
            Q(unit_id__in=unit.ancestor_ids) | Q(unit__path__startswith=unit.path),
            pk=programme_id,
        ).first()
        if programme is None:
            raise Http404
    report = balance_report(unit, year, programme=programme)
    gap = report.gap
    return {
        "unit_id": unit.pk,
        "year": year,
        "programme_id": programme.pk if programme else None,
        "through_month": report.through_month,
        "gap": {
            "has_detailed": gap.has_detailed,
            "frame": gap.frame,
            "detailed": gap.detailed,
            "total": gap.total,
            "to_cover": gap.to_cover,
        },
        "planned": report.planned,
        "planned_to_date": report.planned_to_date,
        "realised_to_date": report.realised_to_date,
        "statements": [{"code": s.code, "text": s.plain()} for s in report.statements],
        "months": report.months,
        "years": report.years,
        "programmes": [
            {
                "programme_id": line.programme.pk if line.programme else None,
                "name": line.programme.name if line.programme else _("Measures without programme"),
                "measures": line.measures,
                "planned": line.planned,
                "realised_to_date": line.realised_to_date,
            }
            for line in report.programmes
        ],
        "measures": [
            {
                "measure_id": line.measure.pk,
                "number": line.measure.number,
                "title": line.measure.title,
                "planned": line.planned,
                "realised_to_date": line.realised_to_date,
                "calculations": [c.shown for c in line.calculations],
            }
            for line in report.measures
        ],
        "warnings": report.warnings,
        "has_examples": report.has_examples,
    }
