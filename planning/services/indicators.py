"""Writes to indicators: the target wording must be a rule the machine can judge."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from organisation.models import Unit
from planning.access import indicator_policy
from planning.models import Indicator
from planning.targets import TargetParseError, parse_target

INDICATOR_FIELDS = (
    "goal",
    "code",
    "name",
    "description",
    "measure_unit",
    "signed",
    "direction",
    "frequency",
    "report_periods",
    "owner",
    "owner_title",
    "sex_split",
    "is_count",
    "data_source",
    "target_text",
    "baseline_value",
    "baseline_year",
    "benchmark_value",
    "partly_band",
    "target_year",
    "weight",
)


def _with_rule(values: dict[str, Any]) -> dict[str, Any]:
    text = (values.get("target_text") or "").strip()
    if not text:
        return values | {"target_rule": {}}
    try:
        rule = parse_target(text)
    except TargetParseError as error:
        raise ValidationError(
            {
                "target_text": _(
                    "The target cannot be read as a rule. Write it as, for example, "
                    "“Minst 70 %”, “Högst 5 %”, “Minska med 50 % jmft med 2020” or "
                    "“Genomförd aktivitet”."
                )
            }
        ) from error
    return values | {"target_rule": rule.as_dict()}


def create_indicator(actor: Any, unit: Unit, **values: Any) -> Indicator:
    if not indicator_policy.can_create_in(actor, unit):
        raise PermissionDenied
    unknown = set(values) - set(INDICATOR_FIELDS)
    if unknown:
        raise TypeError(f"Not indicator fields: {sorted(unknown)}")
    indicator = attributed(Indicator(unit=unit, **_with_rule(values)), actor)
    indicator.full_clean()
    indicator.save()
    return indicator


def update_indicator(
    actor: Any, indicator: Indicator, expected_version: int | None, **values: Any
) -> Indicator:
    if not indicator_policy.can_change(actor, indicator):
        raise PermissionDenied
    unknown = set(values) - set(INDICATOR_FIELDS)
    if unknown:
        raise TypeError(f"Not indicator fields: {sorted(unknown)}")
    return save_versioned(  # type: ignore[return-value]
        indicator, expected_version, _with_rule(values), actor=actor
    )
