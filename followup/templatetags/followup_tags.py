"""Numbers and judgements as the follow-up pages print them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template

from followup.contradiction_words import outcome_warnings
from planning.target_words import explain, explain_verdict, quantity
from planning.target_words import verdict_briefly as verdict_words_briefly
from planning.targets import Judgement

register = template.Library()


def _unit_of(measure: Any) -> tuple[str, bool]:
    """The unit and sign setting of an indicator, or a unit given as text."""
    if isinstance(measure, str):
        return measure, False
    return getattr(measure, "measure_unit", ""), bool(getattr(measure, "signed", False))


@register.filter
def amount(value: Decimal | str | None, measure: Any = "") -> str:
    """Swedish notation with the indicator's unit: 1 234,5, 12 %, 90 st and +19 mnkr.

    `measure` is the indicator (its unit and whether positive values carry a plus), or a
    unit as text.
    """
    if value is None or value == "":  # a missing outcome reads as "" in a template
        return "–"
    unit, signed = _unit_of(measure)
    return quantity(value, unit, signed)


@register.filter
def verdict_in_words(verdict: Any) -> str:
    return explain_verdict(verdict)


@register.filter
def verdict_briefly(verdict: Any) -> str:
    return verdict_words_briefly(verdict)


@register.filter
def reason_in_words(judgement: Judgement, measure: Any = "") -> str:
    return explain(judgement, _unit_of(measure)[0])


@register.filter
def contradictions(outcome: Any, indicator: Any) -> list[str]:
    """What a reader must be told about the outcome's figures: they contradict each other."""
    return outcome_warnings(outcome, indicator) if outcome else []
