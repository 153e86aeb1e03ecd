"""Report a measure's realised effect (hemtagningseffekt) for a month, with its evidence.

The effect is an amount, or the month's actual inputs of one of the measure's calculations
(the effect is then that calculation over them). The evidence is a comment, an outcome of
one of the measure's indicators for a period that contains the month, or the cost type the
effect shows in, or several of these; without any, the report is refused.
"""

from __future__ import annotations

import calendar
import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from economy.access import effect_policy, measure_policy
from economy.models import Measure, RealisedEffect

EFFECT_FIELDS = (
    "year",
    "month",
    "calculation",
    "amount",
    "actual_inputs",
    "comment",
    "indicator_outcome",
    "cost_type",
)


def _problems(measure: Measure, values: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    year, month = values["year"], values["month"]
    if not measure.first_year <= year <= measure.last_year:
        errors["year"] = _("Choose a year of the measure, %(first)s–%(last)s.") % {
            "first": measure.first_year,
            "last": measure.last_year,
        }
    if not 1 <= month <= 12:
        errors["month"] = _("Choose a month from 1 to 12.")
    calculation = values.get("calculation")
    amount, actual = values.get("amount"), values.get("actual_inputs") or {}
    if calculation is not None and calculation.measure_id != measure.pk:
        errors["calculation"] = _("Choose a calculation of this measure.")
    if amount is not None and actual:
        errors["amount"] = _(
            "Give the realised effect as an amount or as the month's actual inputs, not both."
        )
    elif amount is None and not actual:
        errors["amount"] = _("Give the realised effect: an amount, or the month's actual inputs.")
    elif actual:
        if calculation is None:
            errors["calculation"] = _("Choose the calculation whose inputs you give.")
        else:
            keys = {i.key for i in calculation.inputs.all()}
            unknown = sorted(set(actual) - keys)
            if unknown:
                errors["actual_inputs"] = _("%(names)s is not an input of the calculation.") % {
                    "names": ", ".join(unknown)
                }
    outcome = values.get("indicator_outcome")
    if outcome is not None and 1 <= month <= 12 and "year" not in errors:
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        if not measure.indicators.filter(pk=outcome.indicator_id).exists():
            errors["indicator_outcome"] = _("Choose an outcome of one of the measure's indicators.")
        elif not (outcome.period.starts_on <= first and last <= outcome.period.ends_on):
            errors["indicator_outcome"] = _(
                "Choose an outcome of a period that contains %(month)s %(year)s."
            ) % {"month": MONTHS[month], "year": year}
    cost_type = values.get("cost_type")
    if cost_type is not None and cost_type.region_id != measure.unit.region_id:
        errors["cost_type"] = _("Choose a cost type of the measure's region.")
    if not (values.get("comment") or "").strip() and outcome is None and cost_type is None:
        errors["comment"] = _(
            "Give the evidence of the effect: a comment, an indicator outcome or the cost type "
            "it shows in."
        )
    return errors


def _stored(actual: dict[str, Decimal] | None) -> dict[str, str]:
    return {key: str(value) for key, value in (actual or {}).items()}


def _refuse_second_report(
    measure: Measure, values: dict[str, Any], effect: RealisedEffect | None
) -> None:
    others = RealisedEffect.objects.filter(
        measure=measure,
        year=values["year"],
        month=values["month"],
        calculation=values.get("calculation"),
    )
    if effect is not None:
        others = others.exclude(pk=effect.pk)
    if others.exists():
        raise ValidationError(
            {
                "month": _(
                    "The effect of %(month)s %(year)s is already reported; change that report."
                )
                % {"month": MONTHS[values["month"]], "year": values["year"]}
            }
        )


def report_effect(actor: Any, measure: Measure, **values: Any) -> RealisedEffect:
    if not measure_policy.can_change(actor, measure):
        raise PermissionDenied
    is_example = values.pop("is_example", False)
    if unknown := set(values) - set(EFFECT_FIELDS):
        raise TypeError(f"Not effect fields: {sorted(unknown)}")
    if errors := _problems(measure, values):
        raise ValidationError(errors)
    _refuse_second_report(measure, values, None)
    values["actual_inputs"] = _stored(values.get("actual_inputs"))
    effect = attributed(
        RealisedEffect(
            measure=measure, reported_by=history_user_of(actor), is_example=is_example, **values
        ),
        actor,
    )
    effect.full_clean()
    effect.save()
    return effect


def update_effect(
    actor: Any, effect: RealisedEffect, expected_version: int | None, **values: Any
) -> RealisedEffect:
    if not effect_policy.can_change(actor, effect):
        raise PermissionDenied
    if unknown := set(values) - set(EFFECT_FIELDS):
        raise TypeError(f"Not effect fields: {sorted(unknown)}")
    merged = {name: getattr(effect, name) for name in EFFECT_FIELDS} | values
    if errors := _problems(effect.measure, merged):
        raise ValidationError(errors)
    _refuse_second_report(effect.measure, merged, effect)
    if "actual_inputs" in values:
        values["actual_inputs"] = _stored(values["actual_inputs"])
    values |= {"reported_by": history_user_of(actor), "is_example": False}
    return save_versioned(effect, expected_version, values, actor=actor)  # type: ignore[return-value]
