"""What the variance page shows of a frame for a month: per unit and cost type the outcome
to date against the periodised budget, the controller's full-year forecast and the run-rate
forecast beside it. A fixed number of queries whatever the number of units, cost types and
months; amounts in kronor, shown in tkr.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Sum

from economy.budget_table import Row, roll_up
from economy.models import (
    BudgetAmount,
    BudgetFrame,
    BudgetKind,
    CostType,
    FinancialOutcome,
    Forecast,
)
from economy.money import kronor_per, shown
from economy.services.budget import budget_units
from economy.services.forecasts import profile_weights
from economy.variance import Variance, variance_of
from organisation.models import Unit

COLUMNS = (
    "outcome",
    "budget",
    "variance",
    "annual_budget",
    "forecast",
    "run_rate",
    "forecast_variance",
)


@dataclass
class VarianceLine:
    label: str
    cost_type: CostType | None
    values: dict[str, str]
    forecast: Forecast | None = None
    negative: set[str] = field(default_factory=set)


@dataclass
class UnitBlock:
    unit: Unit | None
    label: str
    lines: list[VarianceLine]
    can_forecast: bool = False


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    given = [v for v in values if v is not None]
    return sum(given, Decimal(0)) if given else None


def _numbers(cell: Variance) -> dict[str, Decimal | None]:
    return {
        "outcome": cell.outcome,
        "budget": cell.budget,
        "variance": cell.variance,
        "annual_budget": cell.annual_budget,
        "forecast": cell.forecast,
        "run_rate": cell.run_rate,
        "forecast_variance": cell.forecast_variance,
    }


def _line(
    label: str, cost_type: CostType | None, numbers: dict[str, Decimal | None]
) -> VarianceLine:
    return VarianceLine(
        label,
        cost_type,
        {k: shown(numbers[k]) for k in COLUMNS},
        negative={k for k in ("variance", "forecast_variance") if (numbers[k] or 0) < 0},
    )


def variance_page(frame: BudgetFrame, month: int) -> dict[str, Any]:
    units = budget_units(frame)
    rows = [Row(u.pk, u.path) for u in units[:-1]]
    own = Row(frame.unit.pk, frame.unit.path)
    cost_types = list(CostType.objects.filter(region_id=frame.unit.region_id))
    weights = profile_weights(frame.unit.region_id)
    factor = kronor_per(frame.amount_unit)
    budget_rows = BudgetAmount.objects.filter(frame=frame, kind=BudgetKind.FRAME).values_list(
        "unit__path", "cost_type_id", "amount", "is_example"
    )
    is_example = frame.is_example
    budget_amounts = []
    for path, cost_type_id, amount, example in budget_rows:
        budget_amounts.append((path, cost_type_id, amount * factor))
        is_example = is_example or example
    budgets = roll_up(budget_amounts, rows, own)
    outcome_rows = (
        FinancialOutcome.objects.filter(
            unit__path__startswith=frame.unit.path, year=frame.year, month__lte=month
        )
        .values_list("unit__path", "cost_type_id", "is_example")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    outcome_amounts = []
    for path, cost_type_id, example, total in outcome_rows:
        outcome_amounts.append((path, cost_type_id, total))
        is_example = is_example or example
    outcomes = roll_up(outcome_amounts, rows, own)
    forecasts: dict[tuple[int, int], Forecast] = {}
    for made in Forecast.objects.filter(
        unit__in=units, year=frame.year, made_in_month__lte=month
    ).order_by("made_in_month"):
        forecasts[(made.unit_id, made.cost_type_id)] = made
        is_example = is_example or made.is_example
    blocks = []
    totals: dict[tuple[int, str], list[Decimal | None]] = {}
    for unit in units:
        lines = []
        net: dict[str, list[Decimal | None]] = {k: [] for k in COLUMNS}
        for cost_type in cost_types:
            key = (unit.pk, cost_type.pk)
            forecast = forecasts.get(key)
            cell = variance_of(
                outcome_to_date=outcomes.get(key),
                annual_budget=budgets.get(key),
                month=month,
                forecast=forecast.amount if forecast else None,
                weights=weights,
            )
            numbers = _numbers(cell)
            for k in COLUMNS:
                net[k].append(numbers[k])
                totals.setdefault((cost_type.pk, k), []).append(numbers[k])
            line = _line(cost_type.name, cost_type, numbers)
            line.forecast = forecast
            lines.append(line)
        lines.append(_line("", None, {k: _sum(v) for k, v in net.items()}))
        blocks.append(UnitBlock(unit, unit.name, lines))
    total_lines = [
        _line(c.name, c, {k: _sum(totals.get((c.pk, k), [])) for k in COLUMNS}) for c in cost_types
    ]
    total_lines.append(
        _line(
            "",
            None,
            {k: _sum([_sum(totals.get((c.pk, k), [])) for c in cost_types]) for k in COLUMNS},
        )
    )
    return {
        "cost_types": cost_types,
        "blocks": blocks,
        "total_lines": total_lines,
        "profiled": weights is not None,
        "is_example": is_example,
    }
