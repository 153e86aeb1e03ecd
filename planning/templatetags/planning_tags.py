"""Planning's words on pages of other apps: `{{ indicator.weight|weight_in_words }}`."""

from __future__ import annotations

from decimal import Decimal

from django import template

from planning.target_words import weight_in_words as _weight_in_words

register = template.Library()


@register.filter
def weight_in_words(weight: Decimal | None) -> str:
    return _weight_in_words(weight)
