"""The operational plan of a unit for a year as plain data: shown today, frozen when adopted.

As for the internal control plan (decision 0005), the plan as the committee reads it is
built as JSON-ready data. Adopting the plan stores that data; the page and the documents
render the plan of today and the plan as adopted through `readable`, with one set of
templates, so the adopted version never changes afterwards. Codes are stored rather than
labels, so a snapshot reads in the language of whoever opens it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from economy.models import InvestmentKind
from internal_control.models import ActionStatus
from organisation.models import Unit
from planning.models import Assignment, Goal, GoalLevel, Indicator, PerspectiveKind
from planning.models.indicator import Frequency
from planning.plan_appendices import plan_appendices
from planning.plan_tree import plan_tree

SHAPE = 1  # raised when the stored shape changes; `readable` must keep reading older ones


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _goal(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.pk,
        "unit_id": goal.unit_id,
        "unit_name": goal.unit.name,
        "level": goal.level,
        "code": goal.code,
        "title": goal.title,
        "description": goal.description,
    }


def _assignment(assignment: Assignment) -> dict[str, Any]:
    return {
        "id": assignment.pk,
        "unit_id": assignment.unit_id,
        "code": assignment.code,
        "text": assignment.text,
        "given_to": assignment.given_to,
    }


def _indicator(indicator: Indicator) -> dict[str, Any]:
    return {
        "id": indicator.pk,
        "name": indicator.name,
        "target_text": indicator.target_text,
        "frequency": indicator.frequency,
        "report_periods": indicator.report_periods,
        "level": indicator.level,
        "unit_name": indicator.unit.name,
    }


def _measures(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"indicator": _indicator(row["indicator"]), "parts": [_indicator(p) for p in row["parts"]]}
        for row in rows
    ]


def _node(node: dict[str, Any]) -> dict[str, Any]:
    return {
        "goal": _goal(node["goal"]),
        "assignments": [
            {
                "assignment": _assignment(entry["assignment"]),
                "goals": [
                    {"goal": _goal(g["goal"]), "measures": _measures(g["measures"])}
                    for g in entry["goals"]
                ],
            }
            for entry in node["assignments"]
        ],
        "measures": _measures(node["measures"]),
        "actions": [
            {"id": a.pk, "number": a.number, "title": a.title, "status": a.status}
            for a in node["actions"]
        ],
        "children": [_node(child) for child in node["children"]],
    }


def _budget(frame: Any) -> dict[str, Any] | None:
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


def build_plan_document(unit: Unit, year: int) -> dict[str, Any]:
    """The plan as stored when adopted; a fixed number of queries whatever its size."""
    appendices = plan_appendices(unit, year)
    return {
        "shape": SHAPE,
        "unit": {"id": unit.pk, "name": unit.name},
        "year": year,
        "tree": [
            {
                "perspective": (
                    {"kind": entry["perspective"].kind, "name": entry["perspective"].name}
                    if entry["perspective"]
                    else None
                ),
                "goals": [_node(node) for node in entry["goals"]],
            }
            for entry in plan_tree(unit, year)
        ],
        "budget": _budget(appendices["budget"]),
        "investments": [
            {
                "area": item.area,
                "name": item.name,
                "kind": item.kind,
                "amount_tkr": _amount(item.amount_tkr),
            }
            for item in appendices["investments"]
        ],
        "follow_up_areas": [area.name for area in appendices["follow_up_areas"]],
        "meetings": [
            {
                "date": meeting.date.isoformat(),
                "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
                "items": [
                    {"kind": item.kind, "topic": item.topic, "presenter": item.presenter}
                    for item in meeting.items.all()
                ],
            }
            for meeting in appendices["meetings"]
        ],
    }


def _label(choices: Any, code: str) -> str:
    try:
        return str(choices(code).label)
    except ValueError:  # a code no longer offered still reads as stored
        return code


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _read_indicator(indicator: dict[str, Any]) -> dict[str, Any]:
    return indicator | {
        "frequency_label": _label(Frequency, indicator["frequency"]),
        "url": reverse("followup:indicator", args=[indicator["id"]]),
    }


def _read_measures(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "indicator": _read_indicator(row["indicator"]),
            "parts": [_read_indicator(p) for p in row["parts"]],
        }
        for row in rows
    ]


def _read_goal(goal: dict[str, Any]) -> dict[str, Any]:
    return goal | {"level_label": _label(GoalLevel, goal["level"])}


def _read_node(node: dict[str, Any]) -> dict[str, Any]:
    return {
        "goal": _read_goal(node["goal"]),
        "assignments": [
            {
                "assignment": entry["assignment"],
                "goals": [
                    {"goal": _read_goal(g["goal"]), "measures": _read_measures(g["measures"])}
                    for g in entry["goals"]
                ],
            }
            for entry in node["assignments"]
        ],
        "measures": _read_measures(node["measures"]),
        "actions": [
            action
            | {
                "status_label": _label(ActionStatus, action["status"]),
                "url": reverse("internal_control:action", args=[action["id"]]),
            }
            for action in node["actions"]
        ],
        "children": [_read_node(child) for child in node["children"]],
    }


def _read_budget(budget: dict[str, Any] | None) -> dict[str, Any] | None:
    if budget is None:
        return None
    return budget | {
        "lines": [
            line
            | {"previous_year": _decimal(line["previous_year"]), "amount": _decimal(line["amount"])}
            for line in budget["lines"]
        ],
        "total_previous_year": _decimal(budget["total_previous_year"]),
        "total": _decimal(budget["total"]),
    }


def readable(document: dict[str, Any]) -> dict[str, Any]:
    """The stored plan ready for the templates: labels, links, amounts and dates as values."""
    investments = [
        item
        | {
            "amount_tkr": _decimal(item["amount_tkr"]),
            "kind_label": _label(InvestmentKind, item["kind"]),
        }
        for item in document["investments"]
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
    return {
        "unit": document["unit"],
        "year": document["year"],
        "tree": [
            {
                "perspective": entry["perspective"]
                and entry["perspective"]
                | {"kind_label": _label(PerspectiveKind, entry["perspective"]["kind"])},
                "goals": [_read_node(node) for node in entry["goals"]],
            }
            for entry in document["tree"]
        ],
        "budget": _read_budget(document["budget"]),
        "investments": investments,
        "investment_groups": groups,
        "follow_up_areas": document["follow_up_areas"],
        "meetings": [
            meeting
            | {
                "date": datetime.date.fromisoformat(meeting["date"]),
                "end_date": meeting["end_date"]
                and datetime.date.fromisoformat(meeting["end_date"]),
            }
            for meeting in document["meetings"]
        ],
    }
