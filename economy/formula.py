"""The arithmetic of a measure's calculation: a formula over named inputs.

A formula is written with the inputs' names, numbers, + − × / and parentheses:
`årsarbeten * kostnad_per_årsarbete`, `(kostnad_före − kostnad_efter) × doser`. It is parsed
with Python's own parser and only those elements are allowed, so nothing but arithmetic
can run. Values are Decimals; "×", "·", "−" and a decimal comma (1,5) are accepted as
people write them. `render` prints the formula with the values in place, so the reader sees
the calculation ("12 årsarbeten × 1 450 tkr"), not only its result.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

_OPERATORS: dict[type[ast.operator], tuple[str, Callable[[Decimal, Decimal], Decimal]]] = {
    ast.Add: ("+", lambda a, b: a + b),
    ast.Sub: ("−", lambda a, b: a - b),
    ast.Mult: ("×", lambda a, b: a * b),
    ast.Div: ("/", lambda a, b: a / b),
}
_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
MAX_LENGTH = 500


class FormulaError(ValueError):
    """The formula cannot be read or computed; the message says why, in Swedish."""


def _normalised(formula: str) -> str:
    text = formula.replace("×", "*").replace("·", "*").replace("−", "-").replace("–", "-")
    return _DECIMAL_COMMA.sub(".", text)


def parse(formula: str) -> ast.expr:
    """The formula's expression, or FormulaError naming what is not allowed. A page shows
    the same few formulas for many measures and months, so each is read once; the tree is
    only walked, never changed."""
    return _parsed(formula)


@functools.lru_cache(maxsize=2048)
def _parsed(formula: str) -> ast.expr:
    if not formula.strip():
        raise FormulaError(_("Write the formula, for example antal * kostnad."))
    if len(formula) > MAX_LENGTH:
        raise FormulaError(_("The formula is too long."))
    try:
        tree = ast.parse(_normalised(formula), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(
            _("The formula cannot be read: use names, numbers, + − × / and parentheses.")
        ) from exc
    for node in ast.walk(tree.body):
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            continue
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            continue
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            continue
        if isinstance(node, ast.operator | ast.unaryop | ast.expr_context):
            continue
        raise FormulaError(_("The formula may only use names, numbers, + − × / and parentheses."))
    return tree.body


def names_in(formula: str) -> set[str]:
    return {n.id for n in ast.walk(parse(formula)) if isinstance(n, ast.Name)}


def evaluate(formula: str, values: Mapping[str, Decimal]) -> Decimal:
    """The formula's value with `values` for its names."""
    missing = sorted(names_in(formula) - set(values))
    if missing:
        raise FormulaError(
            _("The formula uses %(names)s, which are not inputs of the calculation.")
            % {"names": ", ".join(missing)}
        )
    return _value(parse(formula), values)


def _value(node: ast.expr, values: Mapping[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Constant):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name):
        return Decimal(values[node.id])
    if isinstance(node, ast.UnaryOp):
        operand = _value(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    assert isinstance(node, ast.BinOp)
    left, right = _value(node.left, values), _value(node.right, values)
    if isinstance(node.op, ast.Div) and right == 0:
        raise FormulaError(_("The formula divides by zero."))
    try:
        return _OPERATORS[type(node.op)][1](left, right)
    except InvalidOperation as exc:
        raise FormulaError(_("The formula's value is too large.")) from exc


def render(formula: str, shown: Mapping[str, str]) -> str:
    """The formula with each name replaced by how its value is shown ("1 450 tkr")."""
    return _render(parse(formula), shown, 0)


def _render(node: ast.expr, shown: Mapping[str, str], outer: int) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value).replace(".", ",")
    if isinstance(node, ast.Name):
        return shown.get(node.id, node.id)
    if isinstance(node, ast.UnaryOp):
        sign = "−" if isinstance(node.op, ast.USub) else ""
        return sign + _render(node.operand, shown, 3)
    assert isinstance(node, ast.BinOp)
    level = _PRECEDENCE[type(node.op)]
    text = (
        f"{_render(node.left, shown, level)} {_OPERATORS[type(node.op)][0]} "
        f"{_render(node.right, shown, level + 1)}"
    )
    return f"({text})" if level < outer else text
