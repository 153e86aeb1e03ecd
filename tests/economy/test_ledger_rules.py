"""The ledger's periods, sign and account ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from economy.ledger_rules import (
    AccountRange,
    AccountTable,
    PeriodError,
    in_range,
    parse_period,
    range_problem,
    ranges_overlap,
    to_budget_sign,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("202502", (2025, 2)),
        ("2025-02", (2025, 2)),
        ("2025-2", (2025, 2)),
        ("2025/12", (2025, 12)),
        (
            "2025-02-28",
            (
                2025,
                2,
            ),
        ),
        (" 2025-01-31 00:00:00 ", (2025, 1)),
    ],
)
def test_periods_as_exports_write_them(text: str, expected: tuple[int, ...]) -> None:
    assert parse_period(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text", ["", "2025", "202513", "2025-00", "2025-02-30", "feb 2025", "25-02"]
)
def test_what_is_not_a_period(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


@given(st.integers(1900, 2200), st.integers(1, 12))
def test_every_month_reads_back_in_each_notation(year: int, month: int) -> None:
    for text in (f"{year}{month:02}", f"{year}-{month:02}", f"{year}-{month:02}-01"):
        assert parse_period(text) == (year, month)


def test_a_debit_is_a_cost_and_a_cost_is_negative_in_the_budget() -> None:
    assert to_budget_sign(Decimal("1234.50")) == Decimal("-1234.50")
    assert to_budget_sign(Decimal("-800")) == Decimal("800")  # a credit: an income


def test_accounts_compare_digit_by_digit_of_equal_length() -> None:
    assert in_range("5010", "5000", "5999")
    assert not in_range("50101", "5000", "5999")
    assert not in_range("6000", "5000", "5999")
    assert not in_range("499", "400", "4999")


def test_overlap_and_range_problems() -> None:
    assert ranges_overlap("5000", "5999", "5500", "6500")
    assert not ranges_overlap("5000", "5499", "5500", "5999")
    assert not ranges_overlap("5000", "5999", "50000", "59999")
    assert range_problem("5000", "5999") is None
    assert range_problem("5999", "5000") == "reversed"
    assert range_problem("500", "5999") == "lengths_differ"
    assert range_problem("50a0", "5999") == "not_digits"


def test_the_account_table_finds_the_cost_type_once_per_account() -> None:
    table = AccountTable([AccountRange("3000", "3499", 1), AccountRange("5000", "5999", 3)])
    assert table.cost_type_of("5010") == 3
    assert table.cost_type_of("3100") == 1
    assert table.cost_type_of("9999") is None
    table.ranges = ()  # a second look-up of the same account does not search again
    assert table.cost_type_of("5010") == 3
