"""Planned and realised effects as plain rules: the calculation's value in kronor, a year's
effect spread over its months, realised effects from amounts or the month's actual inputs."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from economy.effects import (
    CalculationFacts,
    EffectFacts,
    InputFacts,
    measure_effects,
    planned_by_month,
    planned_value,
    realised_value,
    total_of,
)

D = Decimal
HIRED = CalculationFacts(
    id=1,
    measure_id=1,
    year=2025,
    cost_type_id=3,
    formula="årsarbeten × kostnad_per_årsarbete",
    inputs=(InputFacts("årsarbeten", D(12)), InputFacts("kostnad_per_årsarbete", D(1450), D(1000))),
)
DRUG = CalculationFacts(
    id=2,
    measure_id=2,
    year=2025,
    cost_type_id=4,
    formula="(kostnad_före − kostnad_efter) × doser",
    inputs=(
        InputFacts("kostnad_före", D("812.5")),
        InputFacts("kostnad_efter", D(650)),
        InputFacts("doser", D(4000)),
    ),
)


def test_the_planned_effect_is_the_calculation_in_kronor() -> None:
    assert planned_value(HIRED) == D(17_400_000)
    assert planned_value(DRUG) == D(650_000)


def test_a_year_is_spread_over_twelve_months_unless_the_effect_starts_later() -> None:
    months = planned_by_month(HIRED)
    assert sorted(months) == list(range(1, 13))
    assert months[2] == D(1_450_000)
    later = CalculationFacts(**{**HIRED.__dict__, "from_month": 4})
    spread = planned_by_month(later)
    assert sorted(spread) == list(range(4, 13))
    assert sum(spread.values()) == D(17_400_000)


def test_a_realised_effect_is_an_amount_or_the_formula_over_the_months_actual_inputs() -> None:
    amount = EffectFacts(1, 1, 1, 2025, 2, D(1_000_000))
    assert realised_value(amount, HIRED) == D(1_000_000)
    # Eleven fewer hired full-time equivalents in February (as a yearly rate).
    actual = EffectFacts(2, 1, 1, 2025, 2, None, {"årsarbeten": D(11)})
    assert realised_value(actual, HIRED) == (D(11) * D(1_450_000) / 12).quantize(D("0.01"))
    # The drug's effect shows per unit of volume: the cost per dose rose, the doses grew.
    drug = EffectFacts(3, 2, 2, 2025, 2, None, {"kostnad_efter": D(700), "doser": D(4800)})
    assert realised_value(drug, DRUG) == D(45_000)
    assert realised_value(EffectFacts(4, 1, None, 2025, 2, None, {"x": D(1)}), None) is None


@given(month=st.integers(min_value=1, max_value=11))
def test_actual_inputs_equal_to_the_plan_realise_the_months_plan(month: int) -> None:
    as_planned = EffectFacts(1, 2, 2, 2025, month, None, {"doser": D(4000)})
    assert realised_value(as_planned, DRUG) == planned_by_month(DRUG)[month]


@given(
    value=st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
    from_month=st.integers(min_value=1, max_value=12),
)
def test_the_months_add_up_to_the_year_exactly(value: D, from_month: int) -> None:
    calculation = CalculationFacts(1, 1, 2025, 3, "x", (InputFacts("x", value),), from_month)
    assert sum(planned_by_month(calculation).values()) == value


def test_effects_per_measure_added_up_and_cumulative() -> None:
    effects = [
        EffectFacts(1, 1, 1, 2025, 1, D(1_000_000)),
        EffectFacts(2, 1, 1, 2025, 2, None, {"årsarbeten": D(6)}),
        EffectFacts(3, 2, None, 2025, 2, D(50_000)),
    ]
    found = measure_effects([HIRED, DRUG], effects, {3: 9})
    hired = found[1]
    assert hired.planned_in(2025) == D(17_400_000)
    assert hired.planned_in(2025, through_month=2) == D(2_900_000)
    assert hired.realised_in(2025, through_month=2) == D(1_725_000)
    assert hired.realised_in(2025, through_month=1) == D(1_000_000)
    assert hired.cumulative(2025, "realised")[:3] == [D(1_000_000), D(1_725_000), D(1_725_000)]
    # An effect shows in its calculation's cost type unless it names another.
    assert hired.realised_in(2025, cost_type_id=3) == D(1_725_000)
    assert found[2].realised_in(2025, cost_type_id=9) == D(50_000)
    both = total_of(found.values())
    assert both.planned_in(2025) == D(18_050_000)
    assert both.realised_in(2025) == D(1_775_000)
    assert both.months_realised() == frozenset({(2025, 1), (2025, 2)})


def test_examples_are_noticed_through_the_sums() -> None:
    example = CalculationFacts(**{**HIRED.__dict__, "is_example": True})
    assert total_of(measure_effects([example, DRUG], []).values()).has_examples
    assert not total_of(measure_effects([HIRED, DRUG], []).values()).has_examples
