"""Amounts in kronor, and how they are shown: mkr with one decimal, Swedish notation.

Budget frames state their amounts in mkr or tkr; calculations and realised effects are in
kronor. `kronor` is the one conversion, `mkr` the one way an amount is shown to people.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from audit.numbers import format_number

KRONOR_PER = {"kr": Decimal(1), "tkr": Decimal(1_000), "mkr": Decimal(1_000_000)}
MILLION = KRONOR_PER["mkr"]


def kronor(amount: Decimal, amount_unit: str) -> Decimal:
    """An amount in mkr, tkr or kr as kronor; an unknown unit is refused."""
    try:
        return Decimal(amount) * KRONOR_PER[amount_unit.strip().lower()]
    except KeyError as exc:
        raise ValueError(f"Unknown amount unit: {amount_unit!r}") from exc


def mkr_figure(value: Decimal) -> str:
    """Kronor as mkr with at most one decimal: 41 400 000 → "41,4", 120 000 000 → "120"."""
    rounded = (Decimal(value) / MILLION).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = Decimal(0)  # never "−0"
    return format_number(rounded.normalize() if rounded % 1 else rounded.quantize(Decimal(1)))


def mkr(value: Decimal) -> str:
    return f"{mkr_figure(value)}\u00a0mkr"


def tkr(value: Decimal) -> str:
    """Kronor as whole tkr: 17 400 000 → "17 400 tkr"."""
    rounded = (Decimal(value) / KRONOR_PER["tkr"]).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{format_number(rounded)}\u00a0tkr"
