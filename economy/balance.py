"""Ekonomi i balans: will a unit's measures close its budget gap?

The consolidated figures of a unit (and the units under it), optionally of one programme,
for a year: the budget gap against the measures' planned and realised effects month by
month and year by year, per programme, per measure with its calculations, per cost type,
the shortfall in words and the checks' warnings. One read of the rows, a fixed number of
queries whatever the number of measures; the page, the API and the committee's tertial
report all show this one assembly.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.dates import MONTHS, MONTHS_3

from economy.balance_words import Statement, coverage_statement, realised_statement
from economy.calculation_text import shown_calculation
from economy.checks import MeasureFacts, check_coverage, check_measure, closed_months
from economy.effects import ZERO, Effects, total_of
from economy.gap import Gap, budget_gaps
from economy.gap_matrix import GapMatrix, gap_matrix
from economy.measure_rows import effects_of, with_rows
from economy.models import Calculation, CostType, Measure, Programme
from economy.warnings import BalanceWarning, worded
from followup.models import Period, PeriodKind, PeriodStatus
from organisation.models import Unit

# The years shown around the chosen one: a long-term plan spans a few years, not decades.
YEARS_AROUND = 5


@dataclass
class CalculationLine:
    calculation: Calculation
    shown: str


@dataclass
class MeasureLine:
    measure: Measure
    calculations: list[CalculationLine]
    planned: Decimal
    planned_to_date: Decimal
    realised_to_date: Decimal
    has_calculation: bool


@dataclass
class MonthLine:
    month: int
    name: str
    short_name: str
    planned: Decimal
    realised: Decimal | None
    cumulative_planned: Decimal
    cumulative_realised: Decimal | None


@dataclass
class YearLine:
    year: int
    planned: Decimal
    realised: Decimal
    to_cover: Decimal | None


@dataclass
class ProgrammeLine:
    programme: Programme | None
    measures: int
    planned: Decimal
    planned_to_date: Decimal
    realised_to_date: Decimal


@dataclass
class GapLine:
    unit: Unit | None
    cost_type: CostType | None
    gap: Decimal
    planned: Decimal
    realised_to_date: Decimal


@dataclass
class BalanceReport:
    unit: Unit
    year: int
    programme: Programme | None
    through_month: int
    gap: Gap
    planned: Decimal
    planned_to_date: Decimal
    realised_to_date: Decimal
    measures: list[MeasureLine]
    months: list[MonthLine]
    years: list[YearLine]
    programmes: list[ProgrammeLine]
    gap_lines: list[GapLine]
    cost_types: list[GapLine]
    statements: list[Statement]
    warnings: list[BalanceWarning]
    has_examples: bool
    effects: Effects = field(repr=False, default_factory=Effects)

    @property
    def gap_matrix(self) -> GapMatrix | None:
        """The gap per unit and cost type as seed 002's table: units by cost types."""
        return gap_matrix(self.gap_lines)

    @property
    def through_name(self) -> str:
        return str(MONTHS[self.through_month]) if self.through_month else ""


def default_through_month(year: int, today: datetime.date) -> int:
    """The last month of the year that has ended: 12 for a past year, 0 for a future one."""
    if year < today.year:
        return 12
    if year > today.year:
        return 0
    return today.month - 1


def _in_year(measure: Measure, year: int) -> bool:
    return measure.first_year <= year <= measure.last_year or any(
        c.year == year for c in measure.calculations.all()
    )


def _closed_periods(region_id: int, years: list[int]) -> set[tuple[int, int]]:
    return set(
        Period.objects.filter(
            unit_id=region_id, kind=PeriodKind.MONTH, status=PeriodStatus.CLOSED, year__in=years
        ).values_list("year", "number")
    )


def balance_report(
    unit: Unit,
    year: int,
    *,
    programme: Programme | None = None,
    through_month: int | None = None,
    today: datetime.date | None = None,
) -> BalanceReport:
    today = today or timezone.localdate()
    through = default_through_month(year, today) if through_month is None else through_month
    rows = Measure.objects.filter(unit__path__startswith=unit.path)
    if programme is not None:
        rows = rows.filter(programme=programme)
    measures = [m for m in with_rows(rows.order_by("unit__path", "number")) if _in_year(m, year)]
    effects = effects_of(measures)
    total = total_of(effects.values())
    years = list(range(year - YEARS_AROUND, year + YEARS_AROUND + 1))
    gaps = budget_gaps(unit, years)
    gap = gaps[year]
    shown_years = sorted(
        {year}
        | {y for y, g in gaps.items() if g.has_frame or g.has_detailed}
        | {y for (y, _m, _c) in total.planned_cells}
    )
    planned, planned_to_date = total.planned_in(year), total.planned_in(year, through)
    realised_to_date = total.realised_in(year, through)

    lines = [_measure_line(m, effects[m.pk], year, through) for m in measures]
    closed = closed_months([year], _closed_periods(unit.region_id, [year]), today)
    findings = check_coverage(year, gap.to_cover, planned)
    for measure in measures:
        findings += check_measure(
            MeasureFacts(
                number=measure.number,
                status=measure.status,
                first_year=measure.first_year,
                last_year=measure.last_year,
                has_calculation=bool(measure.calculations.all()),
                realised_months=effects[measure.pk].months_realised(),
            ),
            closed,
        )
    urls = {m.number: m.get_absolute_url() for m in measures}
    return BalanceReport(
        unit=unit,
        year=year,
        programme=programme,
        through_month=through,
        gap=gap,
        planned=planned,
        planned_to_date=planned_to_date,
        realised_to_date=realised_to_date,
        measures=lines,
        months=_months(total, year, through),
        years=[
            YearLine(y, total.planned_in(y), total.realised_in(y), gaps[y].to_cover)
            for y in shown_years
        ],
        programmes=_programmes(unit, programme, measures, effects, year, through),
        gap_lines=_gap_lines(gap, total, year, through, by_unit=True),
        cost_types=_gap_lines(gap, total, year, through, by_unit=False),
        statements=[
            coverage_statement(year, gap, planned, programme),
            realised_statement(year, through, realised_to_date, planned_to_date),
        ],
        warnings=worded(findings, urls, "#gap"),
        has_examples=total.has_examples or gap.has_examples,
        effects=total,
    )


def _measure_line(measure: Measure, effects: Effects, year: int, through: int) -> MeasureLine:
    calculations = [c for c in measure.calculations.all() if c.year == year]
    return MeasureLine(
        measure=measure,
        calculations=[CalculationLine(c, shown_calculation(c)) for c in calculations],
        planned=effects.planned_in(year),
        planned_to_date=effects.planned_in(year, through),
        realised_to_date=effects.realised_in(year, through),
        has_calculation=bool(measure.calculations.all()),
    )


def _months(total: Effects, year: int, through: int) -> list[MonthLine]:
    planned = total.by_month(year, "planned")
    realised = total.by_month(year, "realised")
    cumulative_planned = total.cumulative(year, "planned")
    cumulative_realised = total.cumulative(year, "realised")
    return [
        MonthLine(
            month=m,
            name=str(MONTHS[m]),
            short_name=str(MONTHS_3[m]),
            planned=planned[m - 1],
            realised=realised[m - 1] if m <= through else None,
            cumulative_planned=cumulative_planned[m - 1],
            cumulative_realised=cumulative_realised[m - 1] if m <= through else None,
        )
        for m in range(1, 13)
    ]


def _programmes(
    unit: Unit,
    chosen: Programme | None,
    measures: list[Measure],
    effects: dict[int, Effects],
    year: int,
    through: int,
) -> list[ProgrammeLine]:
    if chosen is not None:
        programmes: list[Programme | None] = [chosen]
    else:
        programmes = list(
            Programme.objects.filter(unit__path__startswith=unit.path).order_by(
                "unit__path", "order", "pk"
            )
        )
        if any(m.programme_id is None for m in measures):
            programmes.append(None)
    lines = []
    for programme in programmes:
        pk = programme.pk if programme else None
        members = [m for m in measures if m.programme_id == pk]
        part = total_of(effects[m.pk] for m in members)
        lines.append(
            ProgrammeLine(
                programme,
                len(members),
                part.planned_in(year),
                part.planned_in(year, through),
                part.realised_in(year, through),
            )
        )
    return lines


def _gap_lines(gap: Gap, total: Effects, year: int, through: int, by_unit: bool) -> list[GapLine]:
    """The gap per unit and cost type (or per cost type), with the effects in each cost type."""
    cells: dict[tuple[int | None, int | None], Decimal] = {}
    for (unit_id, cost_type_id), value in gap.by_cell.items():
        key = (unit_id if by_unit else None, cost_type_id)
        cells[key] = cells.get(key, ZERO) + value
    if not by_unit:
        for y, _m, shown_in in (*total.planned_cells, *total.realised_cells):
            if y == year:
                cells.setdefault((None, shown_in), ZERO)
    if not cells:
        return []
    ids = {ct for _u, ct in cells if ct is not None}
    cost_types = CostType.objects.in_bulk(ids)
    units = Unit.objects.in_bulk({u for u, _ct in cells if u is not None}) if by_unit else {}
    lines = [
        GapLine(
            unit=units.get(unit_id) if unit_id is not None else None,
            cost_type=cost_types.get(cost_type_id) if cost_type_id is not None else None,
            gap=value,
            planned=ZERO if by_unit else total.planned_in(year, 12, cost_type_id),
            realised_to_date=ZERO if by_unit else total.realised_in(year, through, cost_type_id),
        )
        for (unit_id, cost_type_id), value in cells.items()
    ]
    return sorted(
        lines,
        key=lambda line: (
            line.unit.path if line.unit else "",
            line.cost_type.order if line.cost_type else 10**6,
            line.cost_type.pk if line.cost_type else 0,
        ),
    )
