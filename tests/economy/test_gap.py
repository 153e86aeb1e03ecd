"""The budget gap: detailed budget minus frame, per unit and cost type, in kronor."""

from __future__ import annotations

from decimal import Decimal

import pytest

from economy.gap import BudgetCell, gap_of
from economy.models import BudgetKind
from economy.money import kronor, mkr, mkr_figure, tkr

D = Decimal
FRAME, DETAILED = BudgetKind.FRAME, BudgetKind.DETAILED


def test_amounts_in_mkr_and_tkr_become_kronor() -> None:
    assert kronor(D("-2898.25"), "mkr") == D("-2898250000")
    assert kronor(D("1450"), "tkr") == D("1450000")
    assert kronor(D("12"), "kr") == D(12)
    with pytest.raises(ValueError):
        kronor(D(1), "miljarder")


def test_figures_are_mkr_with_one_decimal_in_swedish() -> None:
    assert mkr_figure(D(41_275_000)) == "41,3"
    assert mkr_figure(D(120_000_000)) == "120"
    assert mkr_figure(D(-1_200_000_000)) == "−1\u00a0200"
    assert mkr_figure(D(-10_000)) == "0"
    assert mkr(D(17_400_000)) == "17,4\u00a0mkr"
    assert tkr(D(17_400_000)) == "17\u00a0400\u00a0tkr"


def test_gap_is_detailed_minus_frame_per_unit_and_cost_type() -> None:
    cells = [
        BudgetCell(1, 10, FRAME, D(-900)),
        BudgetCell(1, 10, DETAILED, D(-950)),
        BudgetCell(1, 11, FRAME, D(-300)),
        BudgetCell(1, 11, DETAILED, D(-320)),
        BudgetCell(2, 10, FRAME, D(-800)),
        BudgetCell(2, 10, DETAILED, D(-830)),
    ]
    gap = gap_of(cells)
    assert gap.by_cell == {(1, 10): D(-50), (1, 11): D(-20), (2, 10): D(-30)}
    assert gap.total == D(-100)
    assert gap.to_cover == D(100)


def test_a_unit_without_detailed_budget_is_named_and_not_counted() -> None:
    gap = gap_of(
        [
            BudgetCell(1, 10, FRAME, D(-900)),
            BudgetCell(1, 10, DETAILED, D(-950)),
            BudgetCell(2, 10, FRAME, D(-800)),
        ]
    )
    assert gap.total == D(-50)
    assert gap.units_without_detailed == {2}


def test_without_any_detailed_budget_there_is_no_gap_to_state() -> None:
    gap = gap_of([BudgetCell(1, 10, FRAME, D(-900))])
    assert gap.has_frame and not gap.has_detailed
    assert gap.total is None and gap.to_cover is None


def test_a_detailed_budget_within_the_frame_leaves_nothing_to_cover() -> None:
    gap = gap_of([BudgetCell(1, 10, FRAME, D(-900)), BudgetCell(1, 10, DETAILED, D(-880))])
    assert gap.total == D(20)
    assert gap.to_cover == D(0)


def test_example_figures_are_noticed() -> None:
    assert gap_of([BudgetCell(1, 10, FRAME, D(-9), is_example=True)]).has_examples
    assert not gap_of([BudgetCell(1, 10, FRAME, D(-9))]).has_examples
