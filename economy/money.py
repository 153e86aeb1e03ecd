"""Money for people: kronor shown in tkr or mkr, Swedish notation."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from followup.numbers import format_number

KRONOR_PER = {"kr": Decimal(1), "tkr": Decimal(1000), "mkr": Decimal(1_000_000)}


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
