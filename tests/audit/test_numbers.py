"""Numbers in Swedish notation, whatever type reaches the page: Decimal, int, float or text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.numbers import format_number, format_quantity, input_number, parse_number
from followup.chart import tick_label

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (14348, f"14{NBSP}348"),
        (Decimal("14348.000"), f"14{NBSP}348"),
        (Decimal("51.000"), "51"),
        (Decimal("0.5"), "0,5"),
        (0.5, "0,5"),
        (2.5, "2,5"),
        ("14348.000", f"14{NBSP}348"),
        (Decimal("-2.20"), "−2,2"),
        (Decimal("-0.000"), "0"),
        (Decimal("1234567.5"), f"1{NBSP}234{NBSP}567,5"),
        (None, "–"),
        ("", "–"),
        ("ingen siffra", "–"),
    ],
)
def test_format_number(value: object, expected: str) -> None:
    assert format_number(value) == expected  # type: ignore[arg-type]


def test_format_number_with_fixed_decimals_rounds_half_up() -> None:
    assert format_number(Decimal("2.25"), 1) == "2,3"
    assert format_number(14348, 1) == f"14{NBSP}348,0"


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (Decimal("51.000"), "%", f"51{NBSP}%"),
        (Decimal("14348.000"), "", f"14{NBSP}348"),
        (Decimal("0.5"), "", "0,5"),
        (Decimal("72.345"), "%", f"72,35{NBSP}%"),
        (Decimal("85601"), "tkr", f"85{NBSP}601{NBSP}tkr"),
        (None, "%", "–"),
    ],
)
def test_format_quantity(value: Decimal | None, unit: str, expected: str) -> None:
    assert format_quantity(value, unit) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(14348, f"14{NBSP}348"), (0.5, "0,5"), (7174.0, f"7{NBSP}174"), (-2.54, "−2,5")],
)
def test_chart_labels_are_swedish(value: float, expected: str) -> None:
    assert tick_label(value) == expected


def test_chart_labels_from_the_png_charts_floats() -> None:
    import numpy

    assert tick_label(numpy.float64(0.0)) == "0"
    assert tick_label(numpy.float64(14348.0)) == f"14{NBSP}348"
    assert format_number(float("nan")) == "–"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_what_is_shown_reads_back_as_the_number(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("14348.000"), "14348"),
        (Decimal("0.500"), "0.5"),
        (Decimal("-0.0"), "0"),
        (None, ""),
    ],
)
def test_number_fields_get_plain_numbers(value: Decimal | None, expected: str) -> None:
    assert input_number(value) == expected
