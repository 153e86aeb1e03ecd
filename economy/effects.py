"""Planned and realised effects of measures: plain functions over plain facts.

- The planned effect of a measure in a year and cost type is its calculation's value in
  kronor: the formula over the inputs, each input's value times its kronor per unit.
- The planned effect of a month is the year's effect spread evenly over the months from
  the calculation's first month of effect (January unless stated otherwise): annual / 12,
  in öre, the last month taking the rounding so that the months add up to the year.
- A realised effect of a month is its amount, or the calculation's formula over the
  month's actual inputs (an input not given keeps its planned value), as a yearly rate
  spread over the same months, so that actual inputs equal to the plan realise exactly
  the month's planned effect.
- Totals per measure, programme or unit are sums; cumulative series add month by month.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from economy.formula import FormulaError, evaluate

MONTHS = range(1, 13)
ZERO = Decimal(0)
ORE = Decimal("0.01")


@dataclass(frozen=True)
class InputFacts:
    key: str
    value: Decimal
    kronor_per_unit: Decimal = Decimal(1)


@dataclass(frozen=True)
class CalculationFacts:
    id: int
    measure_id: int
    year: int
    cost_type_id: int
    formula: str
    inputs: tuple[InputFacts, ...]
    from_month: int = 1
    is_example: bool = False


@dataclass(frozen=True)
class EffectFacts:
    id: int
    measure_id: int
    calculation_id: int | None
    year: int
    month: int
    amount: Decimal | None
    actual_inputs: Mapping[str, Decimal] = field(default_factory=dict)
    is_example: bool = False


def input_values(
    inputs: Iterable[InputFacts], actual: Mapping[str, Decimal] | None = None
) -> dict[str, Decimal]:
    """The formula's names in kronor: each input's value (or its actual value) × kr per unit."""
    actual = actual or {}
    return {i.key: Decimal(actual.get(i.key, i.value)) * i.kronor_per_unit for i in inputs}


def months_of_effect(calculation: CalculationFacts) -> list[int]:
    return list(range(calculation.from_month, 13))


def planned_value(calculation: CalculationFacts) -> Decimal | None:
    """The calculation's value in kronor and öre; None when its formula cannot compute."""
    try:
        value = evaluate(calculation.formula, input_values(calculation.inputs))
    except FormulaError:
        return None
    return value.quantize(ORE, rounding=ROUND_HALF_UP)


def planned_by_month(calculation: CalculationFacts) -> dict[int, Decimal]:
    value = planned_value(calculation)
    if value is None:
        return {}
    months = months_of_effect(calculation)
    # Each month gets its share in öre; the last month takes what rounding left, so that the
    # months add up to the year exactly.
    share = (value / len(months)).quantize(ORE, rounding=ROUND_HALF_UP)
    spread = dict.fromkeys(months, share)
    spread[months[-1]] = value - share * (len(months) - 1)
    return spread


def realised_value(effect: EffectFacts, calculation: CalculationFacts | None) -> Decimal | None:
    """The month's realised effect in kronor; None when it cannot be computed."""
    if effect.amount is not None:
        return effect.amount
    if calculation is None:
        return None
    try:
        year_rate = evaluate(
            calculation.formula, input_values(calculation.inputs, effect.actual_inputs)
        )
    except FormulaError:
        return None
    return (year_rate / len(months_of_effect(calculation))).quantize(ORE, rounding=ROUND_HALF_UP)


@dataclass
class Effects:
    """Planned and realised effects in kronor by (year, month, cost type)."""

    planned_cells: dict[tuple[int, int, int | None], Decimal] = field(default_factory=dict)
    realised_cells: dict[tuple[int, int, int | None], Decimal] = field(default_factory=dict)
    has_examples: bool = False

    def add(self, other: Effects) -> None:
        for mine, theirs in (
            (self.planned_cells, other.planned_cells),
            (self.realised_cells, other.realised_cells),
        ):
            for key, value in theirs.items():
                mine[key] = mine.get(key, ZERO) + value
        self.has_examples = self.has_examples or other.has_examples

    @staticmethod
    def _sum(
        cells: dict[tuple[int, int, int | None], Decimal],
        year: int,
        through_month: int,
        cost_type_id: int | None | str,
    ) -> Decimal:
        return sum(
            (
                value
                for (y, m, ct), value in cells.items()
                if y == year and m <= through_month and cost_type_id in ("any", ct)
            ),
            ZERO,
        )

    def planned_in(
        self, year: int, through_month: int = 12, cost_type_id: int | None | str = "any"
    ) -> Decimal:
        return self._sum(self.planned_cells, year, through_month, cost_type_id)

    def realised_in(
        self, year: int, through_month: int = 12, cost_type_id: int | None | str = "any"
    ) -> Decimal:
        return self._sum(self.realised_cells, year, through_month, cost_type_id)

    def by_month(self, year: int, which: str) -> list[Decimal]:
        """The twelve months' planned or realised effects of the year."""
        cells = self.planned_cells if which == "planned" else self.realised_cells
        months = [ZERO] * 12
        for (y, m, _ct), value in cells.items():
            if y == year:
                months[m - 1] += value
        return months

    def cumulative(self, year: int, which: str) -> list[Decimal]:
        """Twelve running totals of the year's planned or realised effects."""
        running, series = ZERO, []
        for value in self.by_month(year, which):
            running += value
            series.append(running)
        return series

    def months_realised(self) -> frozenset[tuple[int, int]]:
        return frozenset((y, m) for (y, m, _ct) in self.realised_cells)


def measure_effects(
    calculations: Iterable[CalculationFacts],
    effects: Iterable[EffectFacts],
    effect_cost_types: Mapping[int, int | None] | None = None,
) -> dict[int, Effects]:
    """Every measure's effects, in one pass over its calculations and realised effects.

    `effect_cost_types` names, per realised effect, the cost type it shows in; an effect
    without one shows in its calculation's cost type.
    """
    calculations = list(calculations)
    by_id = {c.id: c for c in calculations}
    shown_in = effect_cost_types or {}
    result: dict[int, Effects] = {}
    for calculation in calculations:
        entry = result.setdefault(calculation.measure_id, Effects())
        entry.has_examples = entry.has_examples or calculation.is_example
        for month, value in planned_by_month(calculation).items():
            key: tuple[int, int, int | None] = (calculation.year, month, calculation.cost_type_id)
            entry.planned_cells[key] = entry.planned_cells.get(key, ZERO) + value
    for effect in effects:
        entry = result.setdefault(effect.measure_id, Effects())
        entry.has_examples = entry.has_examples or effect.is_example
        source = by_id.get(effect.calculation_id) if effect.calculation_id else None
        realised = realised_value(effect, source)
        if realised is None:
            continue
        cost_type = shown_in.get(effect.id) or (source.cost_type_id if source else None)
        cell = (effect.year, effect.month, cost_type)
        entry.realised_cells[cell] = entry.realised_cells.get(cell, ZERO) + realised
    return result


def total_of(parts: Iterable[Effects]) -> Effects:
    total = Effects()
    for part in parts:
        total.add(part)
    return total
