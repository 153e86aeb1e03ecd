"""A calculation as the reader sees it: "12 årsarbeten × 1 450 tkr = 17 400 tkr".

The formula is printed with each input's value and unit in its place, then its value in
the largest money unit the inputs use (kr, tkr or mkr), so that the figure can be checked
by hand. A realised effect computed from the month's actual inputs is printed the same
way, with the division that spreads the year's rate over its months.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from audit.numbers import format_number
from economy.effects import input_values, months_of_effect
from economy.formula import FormulaError, evaluate, parse, render
from economy.measure_rows import calculation_facts
from economy.models import Calculation, CalculationInput
from economy.money import KRONOR_PER


def shown_input(value: Decimal, unit: str) -> str:
    return f"{format_number(Decimal(value))}\u00a0{unit}" if unit else format_number(Decimal(value))


def money_unit(inputs: Iterable[CalculationInput]) -> str:
    """The largest of kr, tkr and mkr that an input is stated in; kr when none is."""
    units = [i.unit.strip().lower() for i in inputs if i.unit.strip().lower() in KRONOR_PER]
    return max(units, key=lambda u: KRONOR_PER[u], default="kr")


def shown_amount(kronor: Decimal, unit: str) -> str:
    """Kronor in `unit`: whole kronor, or tkr and mkr with at most one decimal."""
    step = Decimal(1) if unit == "kr" else Decimal("0.1")
    value = (kronor / KRONOR_PER[unit]).quantize(step, rounding=ROUND_HALF_UP)
    text = format_number(value.quantize(Decimal(1)) if value % 1 == 0 else value)
    return f"{text}\u00a0{unit}"


def _formula_text(calculation: Calculation, actual: Mapping[str, Decimal]) -> str:
    inputs = list(calculation.inputs.all())
    shown = {i.key: shown_input(actual.get(i.key, i.value), i.unit) for i in inputs}
    return render(calculation.formula, shown)


def shown_calculation(calculation: Calculation) -> str:
    """The calculation with its values and result; the formula alone if it cannot compute."""
    inputs = list(calculation.inputs.all())
    try:
        text = _formula_text(calculation, {})
        value = evaluate(calculation.formula, input_values(calculation_facts(calculation).inputs))
    except FormulaError:
        return calculation.formula
    return f"{text} = {shown_amount(value, money_unit(inputs))}"


def shown_effect_calculation(calculation: Calculation, actual: Mapping[str, Decimal]) -> str:
    """The month's effect from actual inputs: the calculation over them, spread over months."""
    facts = calculation_facts(calculation)
    months = len(months_of_effect(facts))
    try:
        text = _formula_text(calculation, actual)
        value = evaluate(calculation.formula, input_values(facts.inputs, actual)) / months
        tree = parse(calculation.formula)
        grouped = isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.Add | ast.Sub)
    except FormulaError:
        return calculation.formula
    if grouped:
        text = f"({text})"
    unit = money_unit(calculation.inputs.all())
    return f"{text} / {months} = {shown_amount(value, unit)}"
