"""Trend and gender gap: plain functions over plain values."""

from __future__ import annotations

from decimal import Decimal

IMPROVING, UNCHANGED, WORSENING, UNKNOWN = "improving", "unchanged", "worsening", "unknown"


def trend(
    current: Decimal | None,
    previous: Decimal | None,
    direction: str,
    tolerance: Decimal = Decimal(0),
) -> str:
    """Whether an outcome moved the better way since `previous` (e.g. the same period last year).

    Within `tolerance` counts as unchanged; with no direction or no values the trend is unknown.
    """
    if current is None or previous is None or direction not in ("higher", "lower"):
        return UNKNOWN
    change = current - previous
    if abs(change) <= tolerance:
        return UNCHANGED
    better = change > 0 if direction == "higher" else change < 0
    return IMPROVING if better else WORSENING


def gender_gap(women: Decimal | None, men: Decimal | None) -> Decimal | None:
    """Women minus men, in the indicator's own unit."""
    if women is None or men is None:
        return None
    return women - men
