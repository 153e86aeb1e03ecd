"""Template helpers for printing a plan: each shared risk or action once, labels of levels."""

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


@register.simple_tag
def level_label(matrix: dict[str, Any], axis: str, value: int) -> str:
    """The label of a level in a matrix definition, e.g. "Betydande" for severity 3."""
    for level in matrix.get(axis, []):
        if level["value"] == value:
            return str(level["label"])
    return str(value)
