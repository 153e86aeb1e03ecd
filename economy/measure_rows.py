"""Measures with their calculations, inputs and realised effects, read in a fixed number of
queries whatever their number, and turned into the plain facts of `economy.effects`."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import Prefetch, QuerySet

from economy.effects import CalculationFacts, EffectFacts, Effects, InputFacts, measure_effects
from economy.models import Calculation, Measure, RealisedEffect


def with_rows(measures: QuerySet[Measure]) -> QuerySet[Measure]:
    """The measures with what their effects need, prefetched (four queries in all)."""
    return measures.select_related("unit", "programme", "owner").prefetch_related(
        Prefetch(
            "calculations",
            queryset=Calculation.objects.select_related("cost_type").prefetch_related("inputs"),
        ),
        Prefetch(
            "effects",
            queryset=RealisedEffect.objects.select_related("cost_type").order_by(
                "year", "month", "pk"
            ),
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


def effects_of(measures: list[Measure]) -> dict[int, Effects]:
    """Each measure's effects, from its prefetched rows."""
    calculations = [calculation_facts(c) for m in measures for c in m.calculations.all()]
    effects = [e for m in measures for e in m.effects.all()]
    found = measure_effects(
        calculations, [effect_facts(e) for e in effects], {e.pk: e.cost_type_id for e in effects}
    )
    return {m.pk: found.get(m.pk, Effects()) for m in measures}
