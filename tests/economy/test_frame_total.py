"""The frame's total followed from last year's total and the year's changes (seed 002)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from economy.frame_total import follow_total

D = Decimal


def test_changes_that_give_more_to_spend_make_the_net_more_negative() -> None:
    result = follow_total(D("-2975.3"), D("-3017.4"), [D("3.1"), D("1.5"), D("37")])
    assert result.computed == D("-3016.9")
    assert result.difference == D("-0.5")
    assert result.differs


def test_a_total_that_follows_is_not_flagged() -> None:
    result = follow_total(D("-100"), D("-95"), [D("-7"), D("2")])
    assert result.computed == D("-95")
    assert not result.differs


def test_seed_002_cannot_be_followed_two_changes_state_no_amount() -> None:
    result = follow_total(D("-2975.3"), D("-2898.25"), [None, None, D("3.1"), D("1.5"), D("37")])
    assert result.computed is None
    assert result.reason == "amount_missing"
    assert result.missing == (1, 2)
    assert result.difference is None and not result.differs


def test_without_last_years_total_nothing_follows() -> None:
    result = follow_total(None, D("-10"), [D("1")])
    assert (result.computed, result.reason) == (None, "previous_missing")


def test_no_changes_means_last_years_total() -> None:
    assert follow_total(D("-10"), D("-10"), []).computed == D("-10")


amounts = st.integers(-1_000_000, 1_000_000).map(lambda n: D(n) / 1000)


@given(amounts, st.lists(amounts, max_size=8))
def test_the_stated_total_equal_to_the_computed_one_never_differs(
    previous: Decimal, changes: list[Decimal]
) -> None:
    computed = previous - sum(changes, D(0))
    result = follow_total(previous, computed, list(changes))
    assert result.computed == computed and not result.differs
