"""A region at the scale of a large one, made up: many measures under a unit, three years of
months, and outcomes for women and men. The benchmarks time it; the query-count tests grow
the demo with it."""

from __future__ import annotations

import random
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from followup.models import Outcome, Period, PeriodStatus
from followup.services.periods import make_year
from organisation.access import SYSTEM
from organisation.models import Unit
from planning.models import Goal, GoalLevel, Indicator

GOALS = 20


def measures(unit: Unit, count: int, **fields: Any) -> list[Indicator]:
    """`count` measures of "Minst 50 %" spread over twenty goals of the unit."""
    goals = [
        Goal.objects.create(unit=unit, level=GoalLevel.STRATEGIC, title=f"Mål {g}")
        for g in range(GOALS)
    ]
    return Indicator.objects.bulk_create(
        [
            Indicator(
                unit=unit,
                goal=goals[n % GOALS],
                name=f"Mått {n}",
                target_text="Minst 50 %",
                target_rule={"kind": "at_least", "text": "Minst 50 %", "value": 50},
                **fields,
            )
            for n in range(count)
        ]
    )


def closed_months(region: Unit, years: Iterable[int]) -> list[Period]:
    """The months of the years in the region's calendar, reported and closed, in order."""
    years = list(years)
    for year in years:
        make_year(SYSTEM, region, year)
    months = Period.objects.filter(unit=region, year__in=years, kind="month")
    months.update(status=PeriodStatus.CLOSED)
    return list(months.order_by("starts_on"))


def outcomes(
    indicators: list[Indicator], periods: list[Period], unit: Unit, seed: int, comment: str = ""
) -> None:
    """An outcome for women and men, and their mean as total, per measure and period."""
    rng = random.Random(seed)
    batch = []
    for period in periods:
        for indicator in indicators:
            women, men = rng.randint(0, 100), rng.randint(0, 100)
            batch.append(
                Outcome(
                    indicator=indicator,
                    period=period,
                    unit=unit,
                    total=Decimal(women + men) / 2,
                    women=women,
                    men=men,
                    comment=comment,
                )
            )
    Outcome.objects.bulk_create(batch, batch_size=5000)
