"""Seed 002's two tables: the frame per division and cost type, and the budget gap."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from economy.budget_table import Row, budget_gap, budget_table, roll_up

D = Decimal
DIRECTOR, MEDICIN, KIRURGI = Row(11, "/1/4/11/"), Row(12, "/1/4/12/"), Row(13, "/1/4/13/")
HSN = Row(4, "/1/4/")
ROWS = [DIRECTOR, MEDICIN, KIRURGI]
COST_TYPES = [1, 2, 3]  # external income, staff, drugs


def test_lines_are_the_units_their_sum_the_own_unit_and_the_total() -> None:
    cells = {(12, 1): D(50), (12, 2): D(-400), (13, 2): D(-300), (13, 3): D(-20), (4, 2): D(-3)}
    lines = budget_table(ROWS, HSN, COST_TYPES, cells)
    assert [line.kind for line in lines] == ["unit", "unit", "unit", "units_sum", "own", "total"]
    director, medicin, _kirurgi, units_sum, own, total = lines
    assert director.cells == (None, None, None) and director.net is None
    assert medicin.cells == (D(50), D(-400), None) and medicin.net == D(-350)
    assert units_sum.cells == (D(50), D(-700), D(-20)) and units_sum.net == D(-670)
    assert own.net == D(-3)
    assert total.cells == (D(50), D(-703), D(-20)) and total.net == D(-673)


def test_amounts_further_down_count_in_their_divisions_row() -> None:
    amounts = [("/1/4/12/30/", 2, D(-10)), ("/1/4/12/", 2, D(-5)), ("/1/4/", 1, D(1))]
    amounts.append(("/1/9/", 1, D(99)))  # another committee's: not in this frame's table
    assert roll_up(amounts, ROWS, HSN) == {(12, 2): D(-15), (4, 1): D(1)}


def test_the_gap_is_detailed_minus_frame_where_a_unit_has_both() -> None:
    frame = {(12, 1): D(50), (12, 2): D(-400), (13, 2): D(-300)}
    detailed = {(12, 1): D(55), (12, 2): D(-420), (12, 3): D(-5)}
    _director, medicin, kirurgi, units_sum, _own, total = budget_gap(
        ROWS, HSN, COST_TYPES, detailed, frame
    )
    assert medicin.cells == (D(5), D(-20), D(-5)) and medicin.net == D(-20)
    # Kirurgi has registered no detailed budget: no gap, and nothing in the sums.
    assert kirurgi.cells == (None, None, None) and kirurgi.net is None
    assert units_sum.net == D(-20)
    assert total.net == D(-20)


cell = st.integers(-100_000, 100_000).map(lambda n: D(n) / 100)
grids = st.dictionaries(
    st.tuples(st.sampled_from([12, 13]), st.sampled_from(COST_TYPES)), cell, max_size=6
)


# Drawing grids is slow on a busy machine; the property is what is tested, not the speed.
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(grids, grids)
def test_the_gap_of_the_sums_is_the_difference_of_the_sums_where_both_exist(
    detailed: dict[tuple[int, int], Decimal], frame: dict[tuple[int, int], Decimal]
) -> None:
    gap = budget_gap(ROWS, HSN, COST_TYPES, detailed, frame)
    both = [
        u for u in (12, 13) if any(k[0] == u for k in detailed) and any(k[0] == u for k in frame)
    ]
    expected = sum((v for k, v in detailed.items() if k[0] in both), D(0)) - sum(
        (v for k, v in frame.items() if k[0] in both), D(0)
    )
    assert (gap[3].net or D(0)) == expected
