"""Outcome to date against the periodised budget, and the two full-year forecasts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from economy.variance import budget_to_date, run_rate, variance_of, weights_problem

D = Decimal


def test_an_even_spread_gives_a_twelfth_a_month() -> None:
    assert budget_to_date(D(-1200), 2) == D(-200)
    assert budget_to_date(D(-1200), 12) == D(-1200)


def test_a_profile_spreads_by_its_weights() -> None:
    weights = [D(10)] * 6 + [D(5)] + [D(10)] * 5  # a quieter July
    assert budget_to_date(D(-1150), 6, weights) == D(-600)
    assert budget_to_date(D(-1150), 7, weights) == D(-650)


@pytest.mark.parametrize(
    ("weights", "code"),
    [([D(1)] * 11, "not_twelve"), ([D(-1)] + [D(1)] * 11, "negative"), ([D(0)] * 12, "all_zero")],
)
def test_weights_that_cannot_spread_a_budget(weights: list[Decimal], code: str) -> None:
    assert weights_problem(weights) == code
    with pytest.raises(ValueError):
        budget_to_date(D(100), 1, weights)


def test_run_rate_is_outcome_per_month_times_twelve() -> None:
    assert run_rate(D(-230), 2) == D(-1380)


def test_a_cost_above_budget_is_a_negative_variance() -> None:
    cell = variance_of(outcome_to_date=D(-230), annual_budget=D(-1200), month=2, forecast=D(-1300))
    assert cell.budget == D(-200)
    assert cell.variance == D(-30)
    assert cell.run_rate == D(-1380)
    assert cell.forecast_variance == D(-100)


def test_missing_outcome_or_budget() -> None:
    assert variance_of(outcome_to_date=None, annual_budget=None, month=3).variance is None
    cell = variance_of(outcome_to_date=D(-5), annual_budget=None, month=3)
    assert cell.variance == D(-5) and cell.run_rate == D(-20) and cell.forecast_variance is None


@given(st.integers(-(10**11), 10**11).map(lambda n: D(n) / 100))
def test_an_even_year_adds_up_to_the_annual_budget(annual: Decimal) -> None:
    assert budget_to_date(annual, 12) == annual
    weights = [D(m) for m in range(1, 13)]
    assert budget_to_date(annual, 12, weights) == annual
