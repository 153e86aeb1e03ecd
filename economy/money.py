"""Amounts in kronor, and how they are shown: tkr or mkr, Swedish notation.

Budget frames state their amounts in mkr or tkr; calculations and realised effects are in
kronor. `kronor` is the one conversion; `shown`, `mkr` and `tkr` the ways an amount is
shown to people.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from audit.numbers import format_number

KRONOR_PER = {"kr": Decimal(1), "tkr": Decimal(1_000), "mkr": Decimal(1_000_000)}
MILLION = KRONOR_PER["mkr"]


def kronor_per(amount_unit: str) -> Decimal:
    """How many kronor one of a frame's amounts is (mkr: a million); unknown units as kronor."""
    return KRONOR_PER.get(amount_unit.strip().casefold(), Decimal(1))


def shown(kronor: Decimal | None, unit: str = "tkr", decimals: int = 0) -> str:
    """An amount in kronor as tkr (or mkr): "−1 234"; "–" for none."""
    if kronor is None:
        return "–"
    value = (kronor / kronor_per(unit)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    if value == 0:
        value = abs(value)
    return format_number(value, decimals)


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
    return f"{shown(Decimal(value))}\u00a0tkr"
