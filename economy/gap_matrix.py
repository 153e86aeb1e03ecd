"""The budget gap as seed 002's second table sets it out: a row per unit, a column per cost
type, each row's total at its end and the cost types' totals in the last row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from economy.effects import ZERO
from economy.models import CostType
from organisation.models import Unit


class GapCell(Protocol):
    """A unit's gap in one cost type, as `economy.balance.GapLine` holds it."""

    unit: Unit | None
    cost_type: CostType | None
    gap: Decimal


@dataclass(frozen=True)
class MatrixCell:
    cost_type: CostType | None
    value: Decimal | None  # None where the unit has no budget of the cost type


@dataclass(frozen=True)
class GapRow:
    unit: Unit | None
    cells: list[MatrixCell]  # one per column
    total: Decimal

    @property
    def values(self) -> list[Decimal | None]:
        return [cell.value for cell in self.cells]


@dataclass(frozen=True)
class GapMatrix:
    cost_types: list[CostType | None]
    rows: list[GapRow]
    totals: list[MatrixCell]
    total: Decimal


def gap_matrix(lines: Sequence[GapCell]) -> GapMatrix | None:
    """The lines, in their order, as a matrix of units by cost types; None without lines."""
    if not lines:
        return None
    columns: list[CostType | None] = []
    units: list[Unit | None] = []
    values: dict[tuple[int | None, int | None], Decimal] = {}
    for line in lines:
        if line.cost_type not in columns:
            columns.append(line.cost_type)
        if line.unit not in units:
            units.append(line.unit)
        key = (_pk(line.unit), _pk(line.cost_type))
        values[key] = values.get(key, ZERO) + line.gap
    columns.sort(key=lambda c: (c is None, c.order if c else 0, c.pk if c else 0))
    rows = []
    for unit in units:
        cells = [MatrixCell(c, values.get((_pk(unit), _pk(c)))) for c in columns]
        total = sum((cell.value for cell in cells if cell.value is not None), ZERO)
        rows.append(GapRow(unit, cells, total))
    totals = [
        MatrixCell(column, sum((v for (_u, c), v in values.items() if c == _pk(column)), ZERO))
        for column in columns
    ]
    return GapMatrix(columns, rows, totals, sum((t.value or ZERO for t in totals), ZERO))


def _pk(thing: Unit | CostType | None) -> int | None:
    return thing.pk if thing is not None else None
