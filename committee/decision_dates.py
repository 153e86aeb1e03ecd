"""The date and paragraph of a decision as far as they are known: plain functions.

A source may know a decision's date to the month or the year only ("2022-05-xx §xx"); the
date is then kept as the first day of that month or year with its precision, and written
the way the source writes it, the unknown parts as "xx".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"
UNKNOWN = "xx"

_WRITTEN = re.compile(r"^(\d{4})(?:-(\d{2}|xx)(?:-(\d{2}|xx))?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DecisionDate:
    first_day: datetime.date
    precision: str  # DAY, MONTH or YEAR


def read_decision_date(text: str) -> DecisionDate:
    """`2022-05-12`; `2022-05` or `2022-05-xx` (day unknown); `2022` or `2022-xx-xx`.

    Raises ValueError for anything else, such as a day of an unknown month (`2022-xx-12`)
    or a day that does not exist."""
    match = _WRITTEN.match(text.strip())
    if match is None:
        raise ValueError(text)
    year, month, day = match.groups()
    month_known = month is not None and month.lower() != UNKNOWN
    day_known = day is not None and day.lower() != UNKNOWN
    if day_known and not month_known:
        raise ValueError(text)
    if day_known:
        return DecisionDate(datetime.date(int(year), int(month), int(day)), DAY)
    if month_known:
        return DecisionDate(datetime.date(int(year), int(month), 1), MONTH)
    return DecisionDate(datetime.date(int(year), 1, 1), YEAR)


def written_decision_date(first_day: datetime.date, precision: str) -> str:
    """The date as the source writes it: 2022-05-12, 2022-05-xx or 2022-xx-xx."""
    if precision == YEAR:
        return f"{first_day:%Y}-{UNKNOWN}-{UNKNOWN}"
    if precision == MONTH:
        return f"{first_day:%Y-%m}-{UNKNOWN}"
    return first_day.isoformat()


def written_decision_reference(reference: str) -> str:
    """The paragraph as the source writes it, `§xx` when it is not known."""
    return reference.strip() or f"§{UNKNOWN}"


def lies_in_the_future(first_day: datetime.date, today: datetime.date) -> bool:
    """True when even the earliest day the date can mean is after today."""
    return first_day > today
