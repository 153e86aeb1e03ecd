"""A decision's date and paragraph as far as the source knows them."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from committee.decision_dates import (
    DAY,
    MONTH,
    YEAR,
    lies_in_the_future,
    read_decision_date,
    written_decision_date,
    written_decision_reference,
)


@pytest.mark.parametrize(
    ("text", "first_day", "precision", "written"),
    [
        ("2022-05-12", datetime.date(2022, 5, 12), DAY, "2022-05-12"),
        ("2022-05-xx", datetime.date(2022, 5, 1), MONTH, "2022-05-xx"),
        ("2022-05", datetime.date(2022, 5, 1), MONTH, "2022-05-xx"),
        (" 2022-05-XX ", datetime.date(2022, 5, 1), MONTH, "2022-05-xx"),
        ("2022", datetime.date(2022, 1, 1), YEAR, "2022-xx-xx"),
        ("2022-xx-xx", datetime.date(2022, 1, 1), YEAR, "2022-xx-xx"),
    ],
)
def test_a_date_is_read_and_written_as_the_source_gives_it(
    text: str, first_day: datetime.date, precision: str, written: str
) -> None:
    date = read_decision_date(text)
    assert (date.first_day, date.precision) == (first_day, precision)
    assert written_decision_date(date.first_day, date.precision) == written


@pytest.mark.parametrize("text", ["", "maj 2022", "2022-13", "2022-02-30", "2022-xx-12", "22-05"])
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_decision_date(text)


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2999, 12, 31)))
def test_a_full_date_reads_back_as_written(day: datetime.date) -> None:
    date = read_decision_date(written_decision_date(day, DAY))
    assert (date.first_day, date.precision) == (day, DAY)


def test_an_unknown_paragraph_is_written_as_the_source_writes_it() -> None:
    assert written_decision_reference("") == "§xx"
    assert written_decision_reference(" § 212 ") == "§ 212"


def test_a_month_under_way_is_not_in_the_future() -> None:
    today = datetime.date(2026, 5, 10)
    assert not lies_in_the_future(read_decision_date("2026-05").first_day, today)
    assert not lies_in_the_future(read_decision_date("2026").first_day, today)
    assert lies_in_the_future(read_decision_date("2026-05-11").first_day, today)
    assert lies_in_the_future(read_decision_date("2026-06").first_day, today)
