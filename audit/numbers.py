"""Numbers as people in Sweden read and write them: "14 348", "51 %", "2,5", "−2,2".

The one place where a number becomes text for a page or a document, and where text that a
person typed or pasted becomes a number. Every app formats through here.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f]")
NO_VALUE = "–"
HUNDREDTHS = Decimal("0.01")

Number = Decimal | int | float | str


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


class UnitError(NumberError):
    """The text is a number written with a unit other than the measure's."""

    def __init__(self, text: str, written: str) -> None:
        super().__init__(text)
        self.written = written


# A sum of money as people write it, and what it is in kronor.
_MONEY = {
    "kr": Decimal(1),
    "kronor": Decimal(1),
    "tkr": Decimal(1000),
    "tusen kr": Decimal(1000),
    "tusen kronor": Decimal(1000),
    "mkr": Decimal(1_000_000),
    "mnkr": Decimal(1_000_000),
    "milj kr": Decimal(1_000_000),
    "milj. kr": Decimal(1_000_000),
    "miljoner kr": Decimal(1_000_000),
    "miljoner kronor": Decimal(1_000_000),
    "mdkr": Decimal(1_000_000_000),
    "miljarder kr": Decimal(1_000_000_000),
    "miljarder kronor": Decimal(1_000_000_000),
}
# A number, a space, then a unit of words without digits ("st", "miljoner kr"); "7OO" is
# a mistyped number, not 7 in "OO".
_WITH_UNIT = re.compile(
    r"^\s*(?P<number>[-\u2212]?[\d\s\u00a0\u202f.,]*\d)[\s\u00a0]+(?P<unit>[^\d\s.,\-\u2212][^\d]*?)\s*$"
)


def _unit_words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def parse_quantity(text: str | None, unit: str = "") -> Decimal | None:
    """A number as `parse_number` reads it, also written with its unit: "12 st" for a
    measure counted in st, "3,4 miljoner kr" as 3,4 for a measure in mnkr (sums of money
    are converted between kr, tkr, mnkr and mdkr). A unit other than the measure's is
    refused (`UnitError`), never dropped."""
    if text is None:
        return None
    found = _WITH_UNIT.match(text)
    if found is None or found.group("unit").strip() == "%":
        return parse_number(text)
    written, own = _unit_words(found.group("unit")), _unit_words(unit)
    number = parse_number(found.group("number"))
    if number is None:
        return None
    if written == own:
        return number
    if written in _MONEY and own in _MONEY:
        return number * _MONEY[written] / _MONEY[own]
    raise UnitError(text, found.group("unit").strip())


def as_decimal(value: Number | None) -> Decimal | None:
    """The value as a Decimal; None for nothing, an empty string or a value that is no number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):  # also numpy's floats, which charts hand over
        number = Decimal(str(float(value)))
    else:
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
    return number if number.is_finite() else None


def format_number(value: Number | None, decimals: int | None = None) -> str:
    """Swedish notation: 14 348 and 2,5 (no trailing zeros unless `decimals` is given).

    Thousands are grouped with a non-breaking space so a number never breaks over two lines;
    the minus is the typographic one. A missing value reads as a dash.
    """
    number = as_decimal(value)
    if number is None:
        return NO_VALUE
    if decimals is None:
        text = format(number.normalize(), "f")
    else:
        text = f"{number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP):f}"
    negative = text.startswith("-")
    text = text.lstrip("-")
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    result = "\u00a0".join(groups) + ("," + fraction if fraction else "")
    is_zero = not any(c in "123456789" for c in result)
    return ("−" if negative and not is_zero else "") + result


def format_quantity(value: Number | None, unit: str = "", *, signed: bool = False) -> str:
    """A number as a reader sees it on a page, with at most two decimals and its unit.

    14348.000 reads "14 348", 51.000 with the unit % reads "51 %", 0.5 reads "0,5".
    `signed` is for a deviation or a change, where a positive value carries its plus sign
    ("+19 mnkr").
    """
    number = as_decimal(value)
    if number is None:
        return NO_VALUE
    text = format_number(number.quantize(HUNDREDTHS, ROUND_HALF_UP).normalize())
    if signed and number > 0:
        text = f"+{text}"
    return f"{text}\u00a0{unit}" if unit else text


def input_number(value: Number | None) -> str:
    """The number as a browser's number field wants it: 14348 and 0.5, no trailing zeros.

    The browser shows it in the reader's own notation; "14348.000" would show as 14348,000.
    """
    number = as_decimal(value)
    if number is None:
        return ""
    text = format(number.normalize(), "f")
    return "0" if text == "-0" else text
