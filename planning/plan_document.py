"""The operational plan of a unit for a year as plain data: shown today, frozen when adopted.

As for the internal control plan (decision 0005), the plan as the committee reads it is
built as JSON-ready data. Adopting the plan stores that data; the page and the documents
render the plan of today and the plan as adopted through `readable`, with one set of
templates, so the adopted version never changes afterwards. Codes are stored rather than
labels, so a snapshot reads in the language of whoever opens it.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from organisation.models import Unit
from planning.models import Assignment, Goal, GoalLevel, Indicator, PerspectiveKind
from planning.models.indicator import Frequency
from planning.plan_parts import choice_label, plan_parts, read_action
from planning.plan_tree import plan_tree

SHAPE = 1  # raised when the stored shape changes; `readable` must keep reading older ones


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


def build_plan_document(unit: Unit, year: int) -> dict[str, Any]:
    """The plan as stored when adopted; a fixed number of queries whatever its size."""
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
    } | {part.key: part.build(unit, year) for part in plan_parts()}


def _read_indicator(indicator: dict[str, Any]) -> dict[str, Any]:
    return indicator | {
        "frequency_label": choice_label(Frequency, indicator["frequency"]),
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
    return goal | {"level_label": choice_label(GoalLevel, goal["level"])}


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
        "actions": [read_action(action) for action in node["actions"]],
        "children": [_read_node(child) for child in node["children"]],
    }


def readable(document: dict[str, Any]) -> dict[str, Any]:
    """The stored plan ready for the templates: labels, links, amounts and dates as values."""
    plan: dict[str, Any] = {
        "unit": document["unit"],
        "year": document["year"],
        "tree": [
            {
                "perspective": entry["perspective"]
                and entry["perspective"]
                | {"kind_label": choice_label(PerspectiveKind, entry["perspective"]["kind"])},
                "goals": [_read_node(node) for node in entry["goals"]],
            }
            for entry in document["tree"]
        ],
    }
    for part in plan_parts():
        plan |= part.read(document.get(part.key, part.empty))
    return plan
