"""The calculation's arithmetic: only arithmetic runs, values are exact, and it prints."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from economy.formula import FormulaError, evaluate, names_in, render

D = Decimal


def test_hired_staff_saving() -> None:
    values = {"årsarbeten": D(12), "kostnad_per_årsarbete": D(1_450_000)}
    assert evaluate("årsarbeten × kostnad_per_årsarbete", values) == D(17_400_000)
    shown = {"årsarbeten": "12 årsarbeten", "kostnad_per_årsarbete": "1 450 tkr"}
    assert render("årsarbeten * kostnad_per_årsarbete", shown) == "12 årsarbeten × 1 450 tkr"


def test_an_effect_per_unit_of_volume() -> None:
    """Seed 003's drug: more doses for the same cost per package lowers the cost per dose."""
    formula = "(kostnad_före − kostnad_efter) × doser"
    values = {"kostnad_före": D("812.5"), "kostnad_efter": D("650"), "doser": D(4000)}
    assert evaluate(formula, values) == D(650_000)
    assert names_in(formula) == {"kostnad_före", "kostnad_efter", "doser"}
    assert render(formula, {k: str(v) for k, v in values.items()}) == "(812.5 − 650) × 4000"


def test_decimal_commas_and_precedence() -> None:
    assert evaluate("2 + 3 × 1,5", {}) == D("6.5")
    assert evaluate("(2 + 3) × 1,5", {}) == D("7.5")
    assert evaluate("-a / 4", {"a": D(10)}) == D("-2.5")
    assert render("a - (b - c)", {}) == "a − (b − c)"
    assert render("(a - b) - c", {}) == "a − b − c"


@pytest.mark.parametrize(
    "formula",
    [
        "__import__('os').system('true')",
        "a.b",
        "a ** 2",
        "a[0]",
        "f(a)",
        "'text'",
        "a if b else c",
        "lambda: 1",
        "a < b",
        "",
        "a +",
        "x" * 501,
    ],
)
def test_anything_but_arithmetic_is_refused(formula: str) -> None:
    with pytest.raises(FormulaError):
        evaluate(formula, {"a": D(1), "b": D(2), "c": D(3)})


def test_unknown_names_and_division_by_zero_say_so() -> None:
    with pytest.raises(FormulaError, match="volym"):
        evaluate("pris * volym", {"pris": D(1)})
    with pytest.raises(FormulaError):
        evaluate("a / (b - b)", {"a": D(1), "b": D(2)})


amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False)


@given(a=amounts, b=amounts, c=amounts)
def test_values_are_exact_and_the_rendering_computes_the_same(a: D, b: D, c: D) -> None:
    values = {"a": a, "b": b, "c": c}
    assert evaluate("a * b - c", values) == a * b - c
    assert evaluate("(a + b) * c", values) == (a + b) * c
    for formula in ("a * b - c", "(a + b) * c", "a - (b - c)", "-(a - b) * c"):
        printed = render(formula, {k: f"({v})" for k, v in values.items()})
        assert evaluate(printed, {}) == evaluate(formula, values)
