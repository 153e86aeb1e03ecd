"""The `number` filter: every number on a page in Swedish notation, `{{ value|number:"%" }}`."""

from __future__ import annotations

from django import template

from audit.numbers import Number, format_quantity

register = template.Library()


@register.filter
def number(value: Number | None, unit: str = "") -> str:
    """14348.000 as "14 348", 51 with "%" as "51 %", 0.5 as "0,5"; nothing as a dash."""
    return format_quantity(value, unit)
