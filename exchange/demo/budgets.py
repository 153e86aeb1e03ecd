"""Load demo_data/economy/: a unit's budget frame and planned investments for a year, and
its budget by unit and cost type (frame and detailed budget).

The printed sums of the investment lists are checked against their rows, so a row lost in
transcription is caught when the demo loads.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db.models import Sum

from economy.models import (
    BudgetFrame,
    BudgetKind,
    BudgetLine,
    CostType,
    FrameChange,
    Investment,
    InvestmentKind,
)
from economy.services.budget import set_budget_amounts
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from organisation.access import SYSTEM
from organisation.models import Unit


def load_budgets(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_budget(data, report)


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _load_by_cost_type(
    frame: BudgetFrame, tables: dict[str, Any], example: bool, report: LoadReport
) -> None:
    """The frame and the detailed budget per unit and cost type, through the budget service."""
    by_code = {c.code: c for c in CostType.objects.filter(region_id=frame.unit.region_id)}
    units = {u.name: u for u in Unit.objects.filter(path__startswith=frame.unit.path)}
    for kind, rows in tables.items():
        for unit_name, cells in rows.items():
            amounts = {by_code[code]: Decimal(str(v)) for code, v in cells.items()}
            made = set_budget_amounts(
                SYSTEM, frame, units[unit_name], BudgetKind(kind), amounts, is_example=example
            )
            for _cell in made:
                report.count("budget amounts")


def load_budget(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    year = data["year"]
    if BudgetFrame.objects.filter(unit=unit, year=year).exists():
        return
    budget = data["budget"]
    example = bool(data.get("example", False))
    frame = BudgetFrame.objects.create(
        unit=unit,
        year=year,
        amount_unit=budget.get("amount_unit", "mkr"),
        strategy=budget.get("strategy", ""),
        explanation=budget.get("explanation", ""),
        total_label=budget["total"].get("label", ""),
        total_previous_year=_amount(budget["total"].get("previous_year")),
        total=Decimal(str(budget["total"]["year"])),
        is_example=example,
    )
    for order, line in enumerate(budget.get("lines", []), start=1):
        BudgetLine.objects.create(
            frame=frame,
            label=line["label"],
            previous_year=_amount(line.get("previous_year")),
            amount=Decimal(str(line["year"])),
            order=order,
        )
    for order, change in enumerate(budget.get("changes", []), start=1):
        if isinstance(change, str):
            change = {"printed": change}
        FrameChange.objects.create(
            frame=frame,
            printed=change["printed"],
            reason=change.get("reason", change["printed"]),
            amount=_amount(change.get("amount")),
            decision_reference=change.get("decision_reference", ""),
            order=order,
        )
    report.count("budget frames")
    _load_by_cost_type(frame, data.get("by_cost_type", {}), example, report)
    investments = data.get("investments", {})
    for order, item in enumerate(investments.get("items", []), start=1):
        Investment.objects.create(
            unit=unit,
            year=year,
            area=item.get("area") or "",
            name=item["object"],
            kind=item["kind"],
            amount_tkr=_amount(item.get("amount_tkr")),
            order=order,
        )
        report.count("investments")
    for kind, key in (
        (InvestmentKind.REINVESTMENT, "reinvestments_sum_tkr"),
        (InvestmentKind.NEW, "new_investments_sum_tkr"),
    ):
        if key in investments:
            rows = Investment.objects.filter(unit=unit, year=year, kind=kind)
            total = rows.aggregate(s=Sum("amount_tkr"))["s"] or 0
            if total != investments[key]:
                raise ValueError(
                    f"{kind} rows add up to {total}, the source prints {investments[key]}"
                )
