"""Template helpers for printing a plan: each shared risk or action once, assessments in the
words of the plan's matrix."""

from __future__ import annotations

from typing import Any

from django import template

from internal_control.assessment_words import assessment_text, level_label

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


level_label = register.simple_tag(level_label)
assessment_text = register.simple_tag(assessment_text)
