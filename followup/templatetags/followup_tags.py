"""Numbers and judgements as the follow-up pages print them."""

from __future__ import annotations

from decimal import Decimal

from django import template

from audit.numbers import format_quantity
from planning.target_words import explain
from planning.targets import Judgement

register = template.Library()


@register.filter
def amount(value: Decimal | str | None, unit: str = "") -> str:
    """Swedish notation with the unit when it is a percentage: 1 234,5 and 12 %."""
    return format_quantity(value, "%" if unit == "%" else "")


@register.filter
def reason_in_words(judgement: Judgement, unit: str = "") -> str:
    return explain(judgement, "%" if unit == "%" else "")
