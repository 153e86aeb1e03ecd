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


def full_year_forecast(
    year_to_date: Decimal | None, months_elapsed: int, *, accumulates: bool
) -> Decimal | None:
    """A forecast for the whole year from the outcome so far.

    A count that accumulates over the year (visits, assessments made) is extrapolated
    linearly: the year-to-date value scaled to twelve months. A level (a share, a waiting
    time) is expected to stay where it is: the latest value.
    """
    if year_to_date is None or not 1 <= months_elapsed <= 12:
        return None
    if not accumulates:
        return year_to_date
    return (year_to_date * 12 / months_elapsed).quantize(Decimal("0.1"))
