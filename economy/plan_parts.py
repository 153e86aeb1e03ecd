"""The operational plan's budget frame and investment plan (planning.plan_parts)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from economy.models import BudgetFrame, BudgetLine, Investment, InvestmentKind
from organisation.models import Unit
from planning.plan_parts import PlanPart, choice_label


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def build_budget(unit: Unit, year: int) -> dict[str, Any] | None:
    frame = (
        BudgetFrame.objects.filter(unit=unit, year=year)
        .prefetch_related(Prefetch("lines", queryset=BudgetLine.objects.order_by("order")))
        .first()
    )
    if frame is None:
        return None
    return {
        "amount_unit": frame.amount_unit,
        "strategy": frame.strategy,
        "explanation": frame.explanation,
        "changes": frame.change_list(),
        "lines": [
            {
                "label": line.label,
                "previous_year": _amount(line.previous_year),
                "amount": _amount(line.amount),
            }
            for line in frame.lines.all()
        ],
        "total_label": frame.total_label,
        "total_previous_year": _amount(frame.total_previous_year),
        "total": _amount(frame.total),
    }


def read_budget(budget: dict[str, Any] | None) -> dict[str, Any]:
    if budget is None:
        return {"budget": None}
    return {
        "budget": budget
        | {
            "lines": [
                line
                | {
                    "previous_year": _decimal(line["previous_year"]),
                    "amount": _decimal(line["amount"]),
                }
                for line in budget["lines"]
            ],
            "total_previous_year": _decimal(budget["total_previous_year"]),
            "total": _decimal(budget["total"]),
        }
    }


def build_investments(unit: Unit, year: int) -> list[dict[str, Any]]:
    return [
        {
            "area": item.area,
            "name": item.name,
            "kind": item.kind,
            "amount_tkr": _amount(item.amount_tkr),
        }
        for item in Investment.objects.filter(unit=unit, year=year)
    ]


def read_investments(stored: list[dict[str, Any]]) -> dict[str, Any]:
    investments = [
        item
        | {
            "amount_tkr": _decimal(item["amount_tkr"]),
            "kind_label": choice_label(InvestmentKind, item["kind"]),
        }
        for item in stored
    ]
    # Both kinds, each with its sum, also when empty: the page says "0 tkr (0)".
    groups = []
    for kind, title in (
        (InvestmentKind.REINVESTMENT, _("Reinvestments")),
        (InvestmentKind.NEW, _("New investments")),
    ):
        items = [item for item in investments if item["kind"] == kind]
        total = sum((item["amount_tkr"] or Decimal(0) for item in items), Decimal(0))
        groups.append({"kind": kind.value, "title": title, "items": items, "sum": total})
    return {"investments": investments, "investment_groups": groups}


BUDGET = PlanPart("budget", build_budget, read_budget, None)
INVESTMENTS = PlanPart("investments", build_investments, read_investments, [])
