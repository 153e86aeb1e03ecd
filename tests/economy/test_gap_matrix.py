"""The budget gap per unit and cost type set out as a matrix, with the totals of rows and
columns, in the cost types' own order and the units' order as given."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from economy.gap_matrix import gap_matrix
from economy.models import CostType
from organisation.models import Unit


@dataclass
class Line:
    unit: Unit | None
    cost_type: CostType | None
    gap: Decimal


def _unit(pk: int, name: str) -> Unit:
    return Unit(pk=pk, name=name)


def _cost_type(pk: int, name: str, order: int) -> CostType:
    return CostType(pk=pk, name=name, order=order)


def test_rows_per_unit_columns_per_cost_type_with_totals() -> None:
    medicin, kirurgi = _unit(1, "Division Medicin"), _unit(2, "Division Kirurgi")
    staff, drugs = _cost_type(10, "Personalkostnader", 2), _cost_type(11, "Läkemedel", 3)
    matrix = gap_matrix(
        [
            Line(kirurgi, drugs, Decimal("-2")),
            Line(kirurgi, staff, Decimal("-20")),
            Line(medicin, staff, Decimal("-50")),
        ]
    )
    assert matrix is not None
    assert [c.name for c in matrix.cost_types if c] == ["Personalkostnader", "Läkemedel"]
    assert [r.unit.name for r in matrix.rows if r.unit] == ["Division Kirurgi", "Division Medicin"]
    assert matrix.rows[0].values == [Decimal("-20"), Decimal("-2")]
    assert matrix.rows[0].total == Decimal("-22")
    # Medicin has no budget for drugs: no cell, not a zero.
    assert matrix.rows[1].values == [Decimal("-50"), None]
    assert [t.value for t in matrix.totals] == [Decimal("-70"), Decimal("-2")]
    assert matrix.total == Decimal("-72")


def test_a_gap_without_cost_type_is_the_last_column() -> None:
    unit = _unit(1, "Division Medicin")
    staff = _cost_type(10, "Personalkostnader", 5)
    matrix = gap_matrix([Line(unit, None, Decimal("3")), Line(unit, staff, Decimal("-4"))])
    assert matrix is not None
    assert matrix.cost_types == [staff, None]
    assert matrix.rows[0].values == [Decimal("-4"), Decimal("3")]
    assert matrix.total == Decimal("-1")


def test_no_lines_no_matrix() -> None:
    assert gap_matrix([]) is None
