"""The operational plan (verksamhetsplan) of a unit for a year, as data for its documents."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from organisation.models import Unit
from planning.plan_appendices import plan_appendices
from planning.plan_tree import plan_tree


def operational_plan(unit: Unit, year: int) -> dict[str, Any]:
    appendices = plan_appendices(unit, year)
    groups = [
        {
            "title": _("Reinvestments"),
            "items": appendices["reinvestments"],
            "sum": appendices["reinvestment_sum"],
        },
        {
            "title": _("New investments"),
            "items": appendices["new_investments"],
            "sum": appendices["new_investment_sum"],
        },
    ]
    return {
        "unit": unit,
        "year": year,
        "tree": plan_tree(unit, year),
        **appendices,
        "investment_groups": [g for g in groups if g["items"]],
    }
