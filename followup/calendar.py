"""The periods of a year as the region reports them: plain functions, no database."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

MONTHS_SV = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
# A tertial is named by the report that closes it: delårsrapport per april and august, and
# the annual report.
TERTIAL_NAMES = ["DÅ04", "DÅ08", "ÅR"]


@dataclass(frozen=True)
class PeriodSpec:
    kind: str
    number: int
    name: str
    starts_on: datetime.date
    ends_on: datetime.date


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def periods_of_year(year: int, kinds: tuple[str, ...] = ("month", "tertial")) -> list[PeriodSpec]:
    """Months and tertials by default; the tertial ÅR is the whole year."""
    specs: list[PeriodSpec] = []
    if "month" in kinds:
        specs += [
            PeriodSpec("month", m, MONTHS_SV[m - 1], datetime.date(year, m, 1), _month_end(year, m))
            for m in range(1, 13)
        ]
    if "tertial" in kinds:
        specs += [
            PeriodSpec(
                "tertial",
                t,
                TERTIAL_NAMES[t - 1],
                datetime.date(year, 1, 1),  # year to date: a tertial report covers Jan to its end
                _month_end(year, 4 * t),
            )
            for t in range(1, 4)
        ]
    if "half_year" in kinds:
        specs += [
            PeriodSpec("half_year", 1, "H1", datetime.date(year, 1, 1), _month_end(year, 6)),
            PeriodSpec("half_year", 2, "H2", datetime.date(year, 7, 1), _month_end(year, 12)),
        ]
    if "year" in kinds:
        specs.append(
            PeriodSpec("year", 1, "helår", datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        )
    return specs
