"""Checks of a unit's measures for a balanced economy: plain functions over plain facts.

They catch what the auditors found (seed 003): a measure decided without an economic
calculation behind it, planned effects that do not cover the budget gap, and a decided or
running measure whose realised effect was not followed up for a month that is closed.
Each finding is a code with its parameters; `economy.warnings` words them for people.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

# A measure that is decided or running must report its realised effect month by month.
FOLLOWED_UP = frozenset({"decided", "in_progress"})


@dataclass(frozen=True)
class MeasureFacts:
    number: int
    status: str
    first_year: int
    last_year: int
    has_calculation: bool
    realised_months: frozenset[tuple[int, int]] = frozenset()


@dataclass(frozen=True)
class Finding:
    code: str
    measure: int | None = None
    params: dict[str, object] = field(default_factory=dict)


def closed_months(
    years: Iterable[int], closed_periods: Iterable[tuple[int, int]], today: datetime.date
) -> list[tuple[int, int]]:
    """The months of `years` that are closed: their monthly period in the follow-up calendar
    is closed, or the month has ended."""
    closed = set(closed_periods)
    months = []
    for year in sorted(set(years)):
        for month in range(1, 13):
            ended = datetime.date(year, month, calendar.monthrange(year, month)[1]) < today
            if ended or (year, month) in closed:
                months.append((year, month))
    return months


def check_measure(measure: MeasureFacts, closed: Iterable[tuple[int, int]]) -> list[Finding]:
    findings = []
    if not measure.has_calculation:
        findings.append(Finding("calculation_missing", measure=measure.number))
    if measure.status in FOLLOWED_UP:
        for year, month in closed:
            in_years = measure.first_year <= year <= measure.last_year
            if in_years and (year, month) not in measure.realised_months:
                findings.append(
                    Finding(
                        "effect_missing",
                        measure=measure.number,
                        params={"year": year, "month": month},
                    )
                )
    return findings


def check_coverage(year: int, to_cover: Decimal | None, planned: Decimal) -> list[Finding]:
    """The planned effects of the year against the gap they must cover (kronor)."""
    if to_cover is None or planned >= to_cover:
        return []
    return [
        Finding(
            "gap_not_covered",
            params={
                "year": year,
                "gap": to_cover,
                "planned": planned,
                "shortfall": to_cover - planned,
            },
        )
    ]
