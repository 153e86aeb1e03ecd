"""Swedish numbers in and out, and which indicators are due in a period."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.numbers import (
    NumberError,
    UnitError,
    format_number,
    parse_number,
    parse_quantity,
    sex_split_problem,
)
from followup.worklist import is_due


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", Decimal("1234.5")),
        ("12 %", Decimal("12")),
        ("12,5%", Decimal("12.5")),
        ("−2,2", Decimal("-2.2")),
        ("-2.2", Decimal("-2.2")),
        ("1\u00a0000", Decimal("1000")),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_number(text: str, expected: Decimal | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["tolv", "1,2,3", "12 st", "NaN", "inf"])
def test_not_numbers(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_format_then_parse_gives_the_number_back(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


def test_format_number_is_swedish() -> None:
    assert format_number(Decimal("1234567.5")) == "1\u00a0234\u00a0567,5"
    assert format_number(Decimal("-2.2")) == "−2,2"


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_counts_must_add_up(women: int, men: int) -> None:
    total = Decimal(women + men)
    assert sex_split_problem(total, Decimal(women), Decimal(men), is_count=True) is None
    assert (
        sex_split_problem(total + 1, Decimal(women), Decimal(men), is_count=True) == "sum_mismatch"
    )
    assert sex_split_problem(total + 1, Decimal(women), Decimal(men), is_count=False) is None


@pytest.mark.parametrize(
    ("frequency", "reported_in", "kind", "name", "due"),
    [
        ("tertial", "DÅ04, DÅ08, ÅR", "tertial", "DÅ04", True),
        ("tertial", "DÅ08, ÅR", "tertial", "DÅ04", False),
        ("year", "", "tertial", "DÅ04", False),
        ("year", "", "year", "ÅR", True),
        ("year", "", "tertial", "ÅR", True),
        ("half_year", "", "tertial", "DÅ08", False),
        ("month", "", "month", "april", True),
        ("tertial", "", "month", "april", False),
        # The plan states no frequency: followed up at least in the annual report.
        ("", "", "tertial", "DÅ04", False),
        ("", "", "month", "april", False),
        ("", "", "tertial", "ÅR", True),
        ("", "", "year", "ÅR", True),
    ],
)
def test_is_due(frequency: str, reported_in: str, kind: str, name: str, due: bool) -> None:
    assert is_due(frequency, reported_in, kind, name) is due


def test_the_standard_year_has_twelve_months_and_three_tertials() -> None:
    from followup.calendar import periods_from_pattern
    from followup.services.calendar_pattern import STANDARD, preset_rows

    specs = periods_from_pattern(preset_rows(STANDARD), 2024)
    assert [s.name for s in specs if s.kind == "tertial"] == ["DÅ04", "DÅ08", "ÅR"]
    assert len([s for s in specs if s.kind == "month"]) == 12
    february = next(s for s in specs if s.kind == "month" and s.number == 2)
    assert february.ends_on.day == 29  # 2024 is a leap year
    year_end = next(s for s in specs if s.name == "ÅR")
    assert (year_end.starts_on.month, year_end.ends_on.month, year_end.ends_on.day) == (1, 12, 31)


@pytest.mark.parametrize(
    ("value", "unit", "signed", "printed"),
    [
        ("19", "mnkr", True, "+19\u00a0mnkr"),  # seed 004: a budget deviation
        ("-2.2", "mnkr", True, "−2,2\u00a0mnkr"),
        ("0", "mnkr", True, "0\u00a0mnkr"),
        ("19", "mnkr", False, "19\u00a0mnkr"),
        ("90", "st", False, "90\u00a0st"),
        ("51", "%", False, "51\u00a0%"),
        ("14348", "", False, "14\u00a0348"),
    ],
)
def test_a_value_is_printed_with_its_unit(
    value: str, unit: str, signed: bool, printed: str
) -> None:
    from followup.templatetags.followup_tags import amount
    from planning.models import Indicator

    assert amount(Decimal(value), Indicator(measure_unit=unit, signed=signed)) == printed
    assert amount(None, Indicator(measure_unit=unit)) == "–"


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("12 st", "st", Decimal(12)),
        ("12", "st", Decimal(12)),
        ("51 %", "%", Decimal(51)),
        ("51 %", "", Decimal(51)),
        ("3,4 miljoner kr", "mnkr", Decimal("3.4")),
        ("3,4 mnkr", "tkr", Decimal(3400)),
        ("1 200 tkr", "mnkr", Decimal("1.2")),
        ("−2,2 mnkr", "mnkr", Decimal("-2.2")),
        ("4 dagar", "Dagar", Decimal(4)),
        ("", "st", None),
    ],
)
def test_a_value_written_with_its_unit_is_read_as_a_number(
    text: str, unit: str, value: Decimal | None
) -> None:
    assert parse_quantity(text, unit) == value


def test_a_value_in_another_unit_is_refused_not_dropped() -> None:
    with pytest.raises(UnitError) as refusal:
        parse_quantity("12 kg", "st")
    assert refusal.value.written == "kg"
    with pytest.raises(UnitError):
        parse_quantity("3 mnkr", "st")
    with pytest.raises(NumberError):
        parse_quantity("tolv st", "st")
    with pytest.raises(NumberError) as mistyped:
        parse_quantity("7OO", "")  # letters O for zeros: a mistyped number, not a unit
    assert not isinstance(mistyped.value, UnitError)
