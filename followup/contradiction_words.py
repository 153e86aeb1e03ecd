"""The contradictions of an outcome in words, as every page and document prints them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from followup.contradictions import Contradiction, Figures, Statement, contradictions
from followup.numbers import NumberError, parse_number
from planning.target_words import quantity


def _figures(data: dict[str, Any]) -> Figures:
    def number(name: str) -> Decimal | None:
        value = data.get(name)
        try:
            return parse_number(None if value is None else str(value))
        except NumberError:
            return None

    return Figures(number("total"), number("women"), number("men"))


def statements_of(outcome: Any) -> tuple[Statement, ...]:
    """The other places of the source, as stored on the outcome (`stated_elsewhere`)."""
    return tuple(
        Statement(str(item.get("place", "")), _figures(item))
        for item in (outcome.stated_elsewhere or [])
        if isinstance(item, dict)
    )


def contradictions_of(outcome: Any, indicator: Any) -> list[Contradiction]:
    if outcome is None:
        return []
    return contradictions(
        Figures(outcome.total, outcome.women, outcome.men),
        is_count=indicator.is_count,
        is_share=indicator.measure_unit == "%",
        elsewhere=statements_of(outcome),
    )


def _listed(figures: Figures, unit: str) -> str:
    parts = []
    if figures.total is not None:
        parts.append(_("total %(value)s") % {"value": quantity(figures.total, unit)})
    if figures.women is not None:
        parts.append(_("women %(value)s") % {"value": quantity(figures.women, unit)})
    if figures.men is not None:
        parts.append(_("men %(value)s") % {"value": quantity(figures.men, unit)})
    return ", ".join(parts)


def in_words(contradiction: Contradiction, unit: str = "") -> str:
    p = contradiction.params
    if contradiction.code == "sum_mismatch":
        return _("Women and men add up to %(sum)s, not to the total %(total)s.") % {
            "sum": quantity(p["sum"], unit),
            "total": quantity(p["total"], unit),
        }
    if contradiction.code == "total_outside":
        return _(
            "The total %(total)s does not lie between the outcome for women, %(women)s, "
            "and for men, %(men)s."
        ) % {
            "total": quantity(p["total"], unit),
            "women": quantity(p["women"], unit),
            "men": quantity(p["men"], unit),
        }
    if contradiction.code == "elsewhere":
        return _("%(place)s gives %(figures)s.") % {
            "place": p["place"] or _("Another place of the source"),
            "figures": _listed(p["figures"], unit),
        }
    return ""


def outcome_warnings(outcome: Any, indicator: Any) -> list[str]:
    """Sentences for a reader: empty when the figures of the outcome agree."""
    return [in_words(c, indicator.measure_unit) for c in contradictions_of(outcome, indicator)]
