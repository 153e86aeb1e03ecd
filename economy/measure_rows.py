"""Measures with their calculations, inputs and realised effects, read in a fixed number of
queries whatever their number, and turned into the plain facts of `economy.effects`."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import Prefetch, QuerySet

from economy.effects import CalculationFacts, EffectFacts, Effects, InputFacts, measure_effects
from economy.models import Calculation, Measure, RealisedEffect


def with_rows(measures: QuerySet[Measure]) -> QuerySet[Measure]:
    """The measures with their calculations and inputs, prefetched (three queries in all);
    `effects_of` reads their realised effects in one more."""
    return measures.select_related("unit", "programme", "owner").prefetch_related(
        Prefetch(
            "calculations",
            queryset=Calculation.objects.select_related("cost_type").prefetch_related("inputs"),
        ),
    )


def actual_values(stored: Any) -> dict[str, Decimal]:
    """The month's actual inputs as stored (numbers or texts by key), as Decimals."""
    values = {}
    for key, value in (stored or {}).items() if isinstance(stored, dict) else ():
        try:
            values[str(key)] = Decimal(str(value))
        except InvalidOperation:
            continue
    return values


def calculation_facts(calculation: Calculation) -> CalculationFacts:
    return CalculationFacts(
        id=calculation.pk,
        measure_id=calculation.measure_id,
        year=calculation.year,
        cost_type_id=calculation.cost_type_id,
        formula=calculation.formula,
        inputs=tuple(
            InputFacts(i.key, i.value, i.kronor_per_unit) for i in calculation.inputs.all()
        ),
        from_month=calculation.from_month,
        is_example=calculation.is_example,
    )


def effect_facts(effect: RealisedEffect) -> EffectFacts:
    return EffectFacts(
        id=effect.pk,
        measure_id=effect.measure_id,
        calculation_id=effect.calculation_id,
        year=effect.year,
        month=effect.month,
        amount=effect.amount,
        actual_inputs=actual_values(effect.actual_inputs),
        is_example=effect.is_example,
    )


_EFFECT_FIELDS = (
    "pk",
    "measure_id",
    "calculation_id",
    "year",
    "month",
    "amount",
    "actual_inputs",
    "is_example",
    "cost_type_id",
)


def _effect_rows(measures: list[Measure]) -> list[tuple[EffectFacts, int | None]]:
    """The measures' realised effects as plain values, in one query: a page of a thousand
    measures reads their effects without making a model object of each."""
    if not measures:
        return []
    rows = (
        RealisedEffect.objects.filter(measure_id__in=[m.pk for m in measures])
        .order_by("year", "month", "pk")
        .values_list(*_EFFECT_FIELDS)
    )
    found = []
    for pk, measure, calculation, year, month, amount, actual, example, cost_type in rows:
        facts = EffectFacts(
            id=pk,
            measure_id=measure,
            calculation_id=calculation,
            year=year,
            month=month,
            amount=amount,
            actual_inputs=actual_values(actual),
            is_example=example,
        )
        found.append((facts, cost_type))
    return found


def effects_of(
    measures: list[Measure], effects: list[RealisedEffect] | None = None
) -> dict[int, Effects]:
    """Each measure's effects, from its prefetched calculations and either the effects given
    (already read by the caller) or one query of them."""
    calculations = [calculation_facts(c) for m in measures for c in m.calculations.all()]
    if effects is None:
        rows = _effect_rows(measures)
    else:
        rows = [(effect_facts(e), e.cost_type_id) for e in effects]
    found = measure_effects(
        calculations, [facts for facts, _ in rows], {facts.id: cost for facts, cost in rows}
    )
    return {m.pk: found.get(m.pk, Effects()) for m in measures}
