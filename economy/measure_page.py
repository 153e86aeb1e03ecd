"""A measure as its page shows it: its calculations per year and cost type written out, its
realised effects month by month with their evidence, its totals per year and the checks'
warnings. A fixed number of queries whatever the number of calculations and effects."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.dates import MONTHS

from economy.calculation_text import shown_amount, shown_calculation, shown_effect_calculation
from economy.checks import MeasureFacts, check_measure, closed_months
from economy.effects import Effects, planned_value, realised_value
from economy.measure_rows import (
    actual_values,
    calculation_facts,
    effect_facts,
    effects_of,
)
from economy.models import Calculation, Measure, RealisedEffect
from economy.warnings import BalanceWarning, worded
from followup.models import Period, PeriodKind, PeriodStatus
from internal_control.models import Action, Risk
from planning.models import Assignment, Indicator


@dataclass
class CalculationRow:
    calculation: Calculation
    shown: str
    value: Decimal | None


@dataclass
class EffectRow:
    effect: RealisedEffect
    month_name: str
    value: Decimal | None
    shown: str


@dataclass
class YearRow:
    year: int
    planned: Decimal
    realised: Decimal


def measure_queryset(measures: QuerySet[Measure]) -> QuerySet[Measure]:
    """The measures with everything their page shows, each relation in one query."""
    return measures.select_related("unit", "programme", "owner").prefetch_related(
        Prefetch(
            "calculations",
            queryset=Calculation.objects.select_related("cost_type").prefetch_related("inputs"),
        ),
        Prefetch(
            "effects",
            queryset=RealisedEffect.objects.select_related(
                "cost_type",
                "reported_by",
                "indicator_outcome__indicator",
                "indicator_outcome__period",
            ).order_by("year", "month", "pk"),
        ),
        Prefetch("risks", queryset=Risk.objects.select_related("plan").order_by("number")),
        Prefetch("assignments", queryset=Assignment.objects.order_by("order", "pk")),
        Prefetch("indicators", queryset=Indicator.objects.order_by("order", "pk")),
        Prefetch("actions", queryset=Action.objects.order_by("number")),
    )


def _effect_row(effect: RealisedEffect, calculations: dict[int, Calculation]) -> EffectRow:
    calculation = calculations.get(effect.calculation_id) if effect.calculation_id else None
    facts = calculation_facts(calculation) if calculation else None
    value = realised_value(effect_facts(effect), facts)
    if effect.amount is not None or calculation is None:
        shown = shown_amount(value, "tkr") if value is not None else "–"
    else:
        shown = shown_effect_calculation(calculation, actual_values(effect.actual_inputs))
    return EffectRow(effect, str(MONTHS[effect.month]), value, shown)


def measure_page(measure: Measure, today: datetime.date) -> dict[str, Any]:
    """The page's data for a measure fetched with `measure_queryset`."""
    calculations = list(measure.calculations.all())
    by_id = {c.pk: c for c in calculations}
    effects: Effects = effects_of([measure], list(measure.effects.all()))[measure.pk]
    years = sorted(
        set(range(measure.first_year, measure.last_year + 1)) | {c.year for c in calculations}
    )
    closed_periods = set(
        Period.objects.filter(
            unit_id=measure.unit.region_id,
            kind=PeriodKind.MONTH,
            status=PeriodStatus.CLOSED,
            year__in=years,
        ).values_list("year", "number")
    )
    findings = check_measure(
        MeasureFacts(
            number=measure.number,
            status=measure.status,
            first_year=measure.first_year,
            last_year=measure.last_year,
            has_calculation=bool(calculations),
            realised_months=effects.months_realised(),
        ),
        closed_months(years, closed_periods, today),
    )
    warnings: list[BalanceWarning] = worded(findings, {}, "")
    return {
        "calculations": [
            CalculationRow(c, shown_calculation(c), planned_value(calculation_facts(c)))
            for c in calculations
        ],
        "effect_rows": [_effect_row(e, by_id) for e in measure.effects.all()],
        "years": [YearRow(y, effects.planned_in(y), effects.realised_in(y)) for y in years],
        "warnings": warnings,
        "has_examples": effects.has_examples,
    }
