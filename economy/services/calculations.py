"""Writes to a measure's calculations: the formula over named inputs, checked before saving.

The formula must be arithmetic that `economy.formula` reads, every name it uses must be an
input of the calculation, and it must compute; each refusal names the field in Swedish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from economy.access import calculation_policy, measure_policy
from economy.effects import InputFacts, input_values
from economy.formula import FormulaError, evaluate, names_in
from economy.models import Calculation, CalculationInput, CostType, Measure

# A name in a formula: letters (å, ä, ö too), digits and _, not starting with a digit.
KEY = re.compile(r"^[^\W\d]\w*$")
CALCULATION_FIELDS = ("year", "cost_type", "formula", "explanation", "from_month")


@dataclass(frozen=True)
class InputValues:
    key: str
    label: str
    value: Decimal
    unit: str = ""
    kronor_per_unit: Decimal = Decimal(1)


def calculation_problems(formula: str, inputs: Iterable[InputValues]) -> dict[str, str]:
    """What is wrong with a formula and its inputs, by field, in Swedish."""
    inputs = list(inputs)
    problems: dict[str, str] = {}
    keys = [i.key for i in inputs]
    bad = [k for k in keys if not KEY.match(k)]
    if bad:
        problems["inputs"] = _(
            "The name %(name)s cannot be used in a formula: use letters, digits and _, "
            "and begin with a letter."
        ) % {"name": f"”{bad[0]}”"}
    elif len(set(keys)) != len(keys):
        twice = next(k for k in keys if keys.count(k) > 1)
        problems["inputs"] = _("The name %(name)s is given to two inputs.") % {"name": f"”{twice}”"}
    try:
        used = names_in(formula)
    except FormulaError as error:
        problems["formula"] = str(error)
        return problems
    missing = sorted(used - set(keys))
    if missing:
        problems["formula"] = _(
            "The formula uses %(names)s, which is not an input of the calculation: add the "
            "input or correct the name."
        ) % {"names": ", ".join(f"”{name}”" for name in missing)}
        return problems
    if "inputs" not in problems:
        facts = [InputFacts(i.key, i.value, i.kronor_per_unit) for i in inputs]
        try:
            evaluate(formula, input_values(facts))
        except FormulaError as error:
            problems["formula"] = str(error)
    return problems


def _check(measure: Measure, values: dict[str, Any], inputs: list[InputValues]) -> None:
    errors = calculation_problems(values["formula"], inputs)
    year = values["year"]
    if not measure.first_year <= year <= measure.last_year:
        errors["year"] = _("Choose a year of the measure, %(first)s–%(last)s.") % {
            "first": measure.first_year,
            "last": measure.last_year,
        }
    cost_type: CostType = values["cost_type"]
    if cost_type.region_id != measure.unit.region_id:
        errors["cost_type"] = _("Choose a cost type of the measure's region.")
    if errors:
        raise ValidationError(errors)


def _duplicate(measure: Measure, values: dict[str, Any], calculation: Calculation | None) -> None:
    others = Calculation.objects.filter(
        measure=measure, year=values["year"], cost_type=values["cost_type"]
    )
    if calculation is not None:
        others = others.exclude(pk=calculation.pk)
    if others.exists():
        raise ValidationError(
            {
                "cost_type": _(
                    "The measure already has a calculation for %(cost_type)s in %(year)s."
                )
                % {"cost_type": values["cost_type"], "year": values["year"]}
            }
        )


def _save_inputs(actor: Any, calculation: Calculation, inputs: list[InputValues]) -> None:
    """The calculation gets exactly these inputs; each change leaves history."""
    current = {i.key: i for i in calculation.inputs.all()}
    wanted = {i.key: i for i in inputs}
    for key, row in current.items():
        if key not in wanted:
            attributed(row, actor).delete()
    for order, (key, given) in enumerate(wanted.items(), start=1):
        values = {
            "label": given.label,
            "value": given.value,
            "unit": given.unit,
            "kronor_per_unit": given.kronor_per_unit,
            "order": order,
        }
        existing = current.get(key)
        if existing is None:
            new = attributed(CalculationInput(calculation=calculation, key=key, **values), actor)
            new.full_clean()
            new.save()
        elif any(getattr(existing, name) != value for name, value in values.items()):
            save_versioned(existing, None, values, actor=actor)


@transaction.atomic
def create_calculation(
    actor: Any,
    measure: Measure,
    *,
    inputs: Iterable[InputValues],
    is_example: bool = False,
    **values: Any,
) -> Calculation:
    if not measure_policy.can_change(actor, measure):
        raise PermissionDenied
    if unknown := set(values) - set(CALCULATION_FIELDS):
        raise TypeError(f"Not calculation fields: {sorted(unknown)}")
    inputs = list(inputs)
    values.setdefault("from_month", 1)
    _check(measure, values, inputs)
    _duplicate(measure, values, None)
    calculation = attributed(Calculation(measure=measure, is_example=is_example, **values), actor)
    calculation.full_clean()
    calculation.save()
    _save_inputs(actor, calculation, inputs)
    return calculation


@transaction.atomic
def update_calculation(
    actor: Any,
    calculation: Calculation,
    expected_version: int | None,
    *,
    inputs: Iterable[InputValues],
    **values: Any,
) -> Calculation:
    """The calculation's new formula and inputs as its next version; figures someone else
    changed meanwhile are refused (EditConflict), not overwritten."""
    if not calculation_policy.can_change(actor, calculation):
        raise PermissionDenied
    if unknown := set(values) - set(CALCULATION_FIELDS):
        raise TypeError(f"Not calculation fields: {sorted(unknown)}")
    inputs = list(inputs)
    merged = {name: getattr(calculation, name) for name in CALCULATION_FIELDS} | values
    _check(calculation.measure, merged, inputs)
    _duplicate(calculation.measure, merged, calculation)
    # A figure changed by a person is no longer an example.
    saved: Calculation = save_versioned(  # type: ignore[assignment]
        calculation, expected_version, values | {"is_example": False}, actor=actor
    )
    _save_inputs(actor, saved, inputs)
    return saved
