"""Outcome against the periodised budget, and the full-year forecasts, as plain functions.

All amounts are in the budget's sign (incomes positive, costs negative), so a variance is
outcome minus budget whatever the cost type: positive is better than budgeted, negative
worse. The annual budget is spread evenly over the months unless the organisation gives a
profile of twelve weights (January first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

MONTHS = 12


def weights_problem(weights: Sequence[Decimal]) -> str | None:
    """Why twelve weights cannot spread a budget, as a code, or None."""
    if len(weights) != MONTHS:
        return "not_twelve"
    if any(w < 0 for w in weights):
        return "negative"
    if sum(weights, Decimal(0)) <= 0:
        return "all_zero"
    return None


def budget_to_date(
    annual: Decimal, month: int, weights: Sequence[Decimal] | None = None
) -> Decimal:
    """The part of an annual budget that falls on January up to and including `month`."""
    if not 1 <= month <= MONTHS:
        raise ValueError(month)
    if not weights:
        return annual * month / MONTHS
    if weights_problem(weights):
        raise ValueError(weights)
    return annual * sum(weights[:month], Decimal(0)) / sum(weights, Decimal(0))


def run_rate(outcome_to_date: Decimal, months: int) -> Decimal:
    """The full year if the rest of it goes as the months so far: outcome / months × 12."""
    if not 1 <= months <= MONTHS:
        raise ValueError(months)
    return outcome_to_date / months * MONTHS


@dataclass(frozen=True)
class Variance:
    outcome: Decimal | None
    budget: Decimal | None
    annual_budget: Decimal | None
    run_rate: Decimal | None
    forecast: Decimal | None

    @property
    def variance(self) -> Decimal | None:
        """Outcome to date minus budget to date (positive: better than budgeted)."""
        if self.outcome is None and self.budget is None:
            return None
        return (self.outcome or Decimal(0)) - (self.budget or Decimal(0))

    @property
    def forecast_variance(self) -> Decimal | None:
        """The controller's forecast minus the annual budget."""
        if self.forecast is None or self.annual_budget is None:
            return None
        return self.forecast - self.annual_budget


def variance_of(
    *,
    outcome_to_date: Decimal | None,
    annual_budget: Decimal | None,
    month: int,
    forecast: Decimal | None = None,
    weights: Sequence[Decimal] | None = None,
) -> Variance:
    """One cell of the variance table: a unit's cost type through `month`."""
    budget = None if annual_budget is None else budget_to_date(annual_budget, month, weights)
    rate = None if outcome_to_date is None else run_rate(outcome_to_date, month)
    return Variance(outcome_to_date, budget, annual_budget, rate, forecast)
