"""The budget gap (budgetgap): the detailed budget the units registered minus the frame.

Amounts are in the budget's sign, incomes positive and costs negative, so a negative gap is
a detailed budget that spends more than the frame allows: the amount the measures for a
balanced economy must cover. A frame's amounts are in its `amount_unit` (mkr, tkr or kr);
`economy.money.kronor` converts them, so that the gap and the measures' effects (in
kronor) meet in one unit. The rule is a plain function over budget cells; `budget_gaps`
reads the cells of a unit and the units under it for some years in one query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from economy.models import BudgetAmount, BudgetKind
from economy.money import kronor
from organisation.models import Unit


@dataclass(frozen=True)
class BudgetCell:
    unit_id: int
    cost_type_id: int
    kind: str  # BudgetKind
    kronor: Decimal
    is_example: bool = False


@dataclass
class Gap:
    """The gap of a set of units: per unit and cost type, and in total (kronor)."""

    by_cell: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    frame: Decimal = Decimal(0)
    detailed: Decimal = Decimal(0)
    has_frame: bool = False
    has_detailed: bool = False
    units_without_detailed: set[int] = field(default_factory=set)
    has_examples: bool = False

    @property
    def total(self) -> Decimal | None:
        """Detailed − frame; None when no detailed budget is registered."""
        return self.detailed - self.frame if self.has_detailed else None

    @property
    def to_cover(self) -> Decimal | None:
        """What the measures must save: the gap turned positive, 0 when the budget fits."""
        total = self.total
        return None if total is None else max(-total, Decimal(0))


def gap_of(cells: Iterable[BudgetCell]) -> Gap:
    """Detailed − frame per unit and cost type, for the units that registered a detailed
    budget; the frame of a unit that registered none is not counted in the total."""
    cells = list(cells)
    with_detailed = {c.unit_id for c in cells if c.kind == BudgetKind.DETAILED}
    gap = Gap(
        has_frame=any(c.kind == BudgetKind.FRAME for c in cells),
        has_detailed=bool(with_detailed),
        units_without_detailed={c.unit_id for c in cells} - with_detailed,
        has_examples=any(c.is_example for c in cells),
    )
    for cell in cells:
        if cell.unit_id not in with_detailed:
            continue
        key = (cell.unit_id, cell.cost_type_id)
        sign = 1 if cell.kind == BudgetKind.DETAILED else -1
        gap.by_cell[key] = gap.by_cell.get(key, Decimal(0)) + sign * cell.kronor
        if cell.kind == BudgetKind.DETAILED:
            gap.detailed += cell.kronor
        else:
            gap.frame += cell.kronor
    return gap


def budget_gaps(unit: Unit, years: Iterable[int]) -> dict[int, Gap]:
    """The gap of the unit and every unit under it, per year (one query for all years)."""
    years = sorted(set(years))
    cells: dict[int, list[BudgetCell]] = {year: [] for year in years}
    rows = BudgetAmount.objects.filter(
        frame__year__in=years, unit__path__startswith=unit.path
    ).values_list(
        "frame__year",
        "frame__amount_unit",
        "unit_id",
        "cost_type_id",
        "kind",
        "amount",
        "is_example",
    )
    for year, amount_unit, unit_id, cost_type_id, kind, amount, is_example in rows:
        cells[year].append(
            BudgetCell(unit_id, cost_type_id, kind, kronor(amount, amount_unit), is_example)
        )
    return {year: gap_of(year_cells) for year, year_cells in cells.items()}


def gap_for_frame(frame_amounts: Iterable[BudgetAmount], amount_unit: str) -> Gap:
    """The gap per unit and cost type of one frame's amounts."""
    return gap_of(
        BudgetCell(a.unit_id, a.cost_type_id, a.kind, kronor(a.amount, amount_unit), a.is_example)
        for a in frame_amounts
    )
