"""Numbers read from a page's address (?plan=…&ar=…): what cannot exist is no choice at all.

A parameter that is not a number, or a number no row or year can have, reads as "not
given", so a hand-edited address shows the page unfiltered instead of failing.
"""

from __future__ import annotations

from audit.validation import FIRST_YEAR, LAST_YEAR, MAX_ID


def int_param(text: str | None, *, low: int = 1, high: int = MAX_ID) -> int | None:
    text = (text or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > len(str(high)):
        return None
    number = int(text)
    return number if low <= number <= high else None


def id_param(text: str | None) -> int | None:
    return int_param(text)


def year_param(text: str | None) -> int | None:
    return int_param(text, low=FIRST_YEAR, high=LAST_YEAR)


def version_param(text: str | None) -> int:
    """The version a posted form was loaded with; a garbled one matches no version (a conflict)."""
    return int_param(text, low=0) or 0
