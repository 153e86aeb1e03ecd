"""Template helpers for printing a plan: each shared risk or action once, assessments in the
words of the plan's matrix."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.simple_tag
def seen_set() -> set[Any]:
    return set()


@register.filter
def mark_seen(seen: set[Any], key: Any) -> bool:
    """True when `key` was printed before; otherwise remember it and answer False."""
    if key in seen:
        return True
    seen.add(key)
    return False


@register.simple_tag
def action_key(number: int) -> str:
    return f"action-{number}"


@register.filter
def get_item(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key)


def _label(matrix: dict[str, Any], axis: str, value: int) -> str:
    for level in matrix.get(axis, []):
        if level["value"] == value:
            return str(level.get("label") or "")
    return ""


@register.simple_tag
def level_label(matrix: dict[str, Any], axis: str, value: int) -> str:
    """The label of a level in a matrix definition, e.g. "Betydande" for severity 3; its
    value when the matrix gives the level no label."""
    return _label(matrix, axis, value) or str(value)


@register.simple_tag
def assessment_text(matrix: dict[str, Any], assessment: dict[str, Any]) -> str:
    """An assessment as the plan's matrix writes it: by the levels' labels
    ("Allvarlighetsgrad Betydande, Sannolikhet Stor"), or, on scales given by their numbers
    only, as the product ("Sannolikhet 4 × Konsekvens 4 = 16")."""
    probability, severity = assessment["probability"], assessment["severity"]
    if not _label(matrix, "probability", probability) and not _label(matrix, "severity", severity):
        return (
            f"{matrix['probability_name']} {probability} × "
            f"{matrix['severity_name']} {severity} = {assessment['score']}"
        )
    return (
        f"{matrix['severity_name']} {level_label(matrix, 'severity', severity)}, "
        f"{matrix['probability_name']} {level_label(matrix, 'probability', probability)}"
    )
