"""Numbers of the follow-up: Swedish notation (from `audit.numbers`) and the sex-split rule."""

from __future__ import annotations

from decimal import Decimal

from audit.numbers import NumberError, UnitError, format_number, parse_number, parse_quantity

__all__ = [
    "NumberError",
    "UnitError",
    "format_number",
    "parse_number",
    "parse_quantity",
    "sex_split_problem",
]


def sex_split_problem(
    total: Decimal | None, women: Decimal | None, men: Decimal | None, *, is_count: bool
) -> str | None:
    """For counts, women and men must add up to the total; a code when they do not."""
    if not is_count or total is None or women is None or men is None:
        return None
    if women + men != total:
        return "sum_mismatch"
    return None
