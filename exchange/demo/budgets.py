"""Load demo_data/economy/: a unit's budget frame and planned investments for a year.

The printed sums of the investment lists are checked against their rows, so a row lost in
transcription is caught when the demo loads.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db.models import Sum

from economy.models import BudgetFrame, BudgetLine, FrameChange, Investment, InvestmentKind
from exchange.demo.files import each_yaml
from exchange.demo.organisation import LoadReport
from organisation.models import Unit


def load_budgets(folder: Path, report: LoadReport) -> None:
    for data in each_yaml(folder):
        load_budget(data, report)


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def load_budget(data: dict[str, Any], report: LoadReport) -> None:
    region = Unit.objects.get(parent__isnull=True, name=data["region"])
    unit = Unit.objects.get(path__startswith=region.path, name=data["unit"])
    year = data["year"]
    if BudgetFrame.objects.filter(unit=unit, year=year).exists():
        return
    budget = data["budget"]
    frame = BudgetFrame.objects.create(
        unit=unit,
        year=year,
        amount_unit=budget.get("amount_unit", "mkr"),
        strategy=budget.get("strategy", ""),
        explanation=budget.get("explanation", ""),
        total_label=budget["total"].get("label", ""),
        total_previous_year=_amount(budget["total"].get("previous_year")),
        total=Decimal(str(budget["total"]["year"])),
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
