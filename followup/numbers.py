"""Numbers as people type and paste them in Sweden: "1 234,5", "12 %", "−2,2", "12.5"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f]")


class NumberError(ValueError):
    """The text is not a number."""


def parse_number(text: str | None) -> Decimal | None:
    """A Decimal from Swedish or plain notation; None for an empty cell.

    Spaces (also non-breaking) group thousands, the decimal mark is a comma or a point, a
    trailing % is dropped (the indicator's unit says what the number means), and the minus
    sign may be a hyphen or the typographic minus.
    """
    if text is None:
        return None
    cleaned = _SPACES.sub("", text).replace("\u2212", "-").removesuffix("%")
    if cleaned in ("", "-", "–"):
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise NumberError(text) from exc
    if not value.is_finite():
        raise NumberError(text)
    return value


def format_number(value: Decimal | None, decimals: int | None = None) -> str:
    """Swedish notation for people: 1 234,5 (no trailing zeros unless decimals is given)."""
    if value is None:
        return "–"
    text = format(value.normalize(), "f") if decimals is None else f"{value:.{decimals}f}"
    sign = "−" if text.startswith("-") else ""
    text = text.lstrip("-")
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    result = "\u00a0".join(groups)
    return sign + result + ("," + fraction if fraction else "")


def sex_split_problem(
    total: Decimal | None, women: Decimal | None, men: Decimal | None, *, is_count: bool
) -> str | None:
    """For counts, women and men must add up to the total; a code when they do not."""
    if not is_count or total is None or women is None or men is None:
        return None
    if women + men != total:
        return "sum_mismatch"
    return None
