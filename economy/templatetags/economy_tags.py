"""Amounts in kronor as the economy pages show them: mkr with one decimal, or tkr."""

from __future__ import annotations

from decimal import Decimal

from django import template

from economy import money

register = template.Library()


@register.filter
def mkr(value: Decimal | None) -> str:
    return "–" if value is None else money.mkr(value)


@register.filter
def mkr_figure(value: Decimal | None) -> str:
    return "–" if value is None else money.mkr_figure(value)


@register.filter
def tkr(value: Decimal | None) -> str:
    return "–" if value is None else money.tkr(value)
