"""The budget by unit and cost type as seed 002 sets it out, and the budget gap.

Rows are the units directly under the frame's unit (the divisions), their sum (the
officials' budget, "Summa tjänstemannabudget"), the frame's own unit (the elected members'
budget, "Summa förtroendemannabudget") and the total; columns are the organisation's cost
types and the net. Amounts are in the budget's sign (incomes positive, costs negative), so
the net of a row is the sum of its cells. An amount booked on a unit further down counts
in the row of the division it lies under.

The budget gap (budgetgap) is the detailed budget minus the frame. It is computed for a row
only when the unit has both a frame and a detailed budget; within such a row a cost type
that one of them leaves empty counts as zero there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

Cells = Mapping[tuple[int, int], Decimal]  # (row unit id, cost type id) -> amount


@dataclass(frozen=True)
class Row:
    unit_id: int
    path: str


@dataclass(frozen=True)
class Line:
    kind: str  # "unit", "units_sum", "own" or "total"
    unit_id: int | None
    cells: tuple[Decimal | None, ...]
    net: Decimal | None


def roll_up(
    amounts: Iterable[tuple[str, int, Decimal]], rows: Sequence[Row], own: Row
) -> dict[tuple[int, int], Decimal]:
    """Sum (unit path, cost type id, amount) into the row each unit lies under."""
    summed: dict[tuple[int, int], Decimal] = {}
    for path, cost_type_id, amount in amounts:
        row = next((r for r in rows if path.startswith(r.path)), None)
        if row is None:
            if not path.startswith(own.path):
                continue
            row = own
        key = (row.unit_id, cost_type_id)
        summed[key] = summed.get(key, Decimal(0)) + amount
    return summed


def _net(cells: Sequence[Decimal | None]) -> Decimal | None:
    given = [c for c in cells if c is not None]
    return sum(given, Decimal(0)) if given else None


def _line(kind: str, unit_id: int | None, cells: Sequence[Decimal | None]) -> Line:
    return Line(kind, unit_id, tuple(cells), _net(cells))


def _sum_lines(kind: str, lines: Sequence[Line], width: int) -> Line:
    columns: list[Decimal | None] = []
    for index in range(width):
        given = [c for line in lines if (c := line.cells[index]) is not None]
        columns.append(sum(given, Decimal(0)) if given else None)
    return _line(kind, None, columns)


def _with_sums(
    rows: Sequence[Row], own: Row, lines_by_unit: dict[int, Line], width: int
) -> list[Line]:
    unit_lines = [lines_by_unit[r.unit_id] for r in rows]
    units_sum = _sum_lines("units_sum", unit_lines, width)
    own_line = lines_by_unit[own.unit_id]
    total = _sum_lines("total", [units_sum, own_line], width)
    return [*unit_lines, units_sum, own_line, total]


def budget_table(
    rows: Sequence[Row], own: Row, cost_type_ids: Sequence[int], cells: Cells
) -> list[Line]:
    """The lines of one kind of budget (frame or detailed): the units, their sums, the total."""
    lines = {
        row.unit_id: _line(
            "own" if row is own else "unit",
            row.unit_id,
            [cells.get((row.unit_id, ct)) for ct in cost_type_ids],
        )
        for row in [*rows, own]
    }
    return _with_sums(rows, own, lines, len(cost_type_ids))


def _gap_cells(
    unit_id: int, cost_type_ids: Sequence[int], detailed: Cells, frame: Cells
) -> list[Decimal | None]:
    has_frame = any((unit_id, ct) in frame for ct in cost_type_ids)
    has_detailed = any((unit_id, ct) in detailed for ct in cost_type_ids)
    if not (has_frame and has_detailed):
        return [None] * len(cost_type_ids)
    cells: list[Decimal | None] = []
    for ct in cost_type_ids:
        d, f = detailed.get((unit_id, ct)), frame.get((unit_id, ct))
        cells.append(None if d is None and f is None else (d or Decimal(0)) - (f or Decimal(0)))
    return cells


def budget_gap(
    rows: Sequence[Row], own: Row, cost_type_ids: Sequence[int], detailed: Cells, frame: Cells
) -> list[Line]:
    """Detailed budget minus frame per unit and cost type, with the same sums as the tables.

    A row without both budgets has no gap (every cell None) and adds nothing to the sums.
    """
    lines = {
        row.unit_id: _line(
            "own" if row is own else "unit",
            row.unit_id,
            _gap_cells(row.unit_id, cost_type_ids, detailed, frame),
        )
        for row in [*rows, own]
    }
    return _with_sums(rows, own, lines, len(cost_type_ids))
