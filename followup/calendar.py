"""The periods of a year as the organisation reports them: plain functions, no database.

An organisation's reporting year is rows of its own (followup.models.PeriodPattern), or a
preset's (followup/presets/); a year of periods is made from them."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodSpec:
    kind: str
    number: int
    name: str
    starts_on: datetime.date
    ends_on: datetime.date


@dataclass(frozen=True)
class PatternRow:
    """One period of an organisation's reporting year (followup.models.PeriodPattern)."""

    kind: str
    number: int
    name: str
    starts: tuple[int, int]  # month, day
    ends: tuple[int, int]
    ends_next_year: bool = False


def _day(year: int, month: int, day: int) -> datetime.date:
    """A day past the month's last is its last: 31 June is 30 June, 29 February 28 or 29."""
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def named(name: str, year: int) -> str:
    """ "{år}/{nästa år}" of the year 2021 is 2021/2022."""
    return name.replace("{nästa år}", str(year + 1)).replace("{år}", str(year))


def periods_from_pattern(rows: list[PatternRow], year: int) -> list[PeriodSpec]:
    """The periods of one year of the organisation's calendar, in the order they end."""
    specs = [
        PeriodSpec(
            row.kind,
            row.number,
            named(row.name, year),
            _day(year, *row.starts),
            _day(year + 1 if row.ends_next_year else year, *row.ends),
        )
        for row in rows
    ]
    return sorted(specs, key=lambda s: (s.ends_on, s.kind, s.number))


def pattern_problems(row: PatternRow) -> dict[str, str]:
    """What makes a row no period: its end before its start (in a year of 29 February)."""
    start = _day(2024, *row.starts)
    end = _day(2025 if row.ends_next_year else 2024, *row.ends)
    return {} if end >= start else {"ends_month": "ends_before_start"}
