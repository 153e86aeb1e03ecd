"""A measure's target for a year: read as a rule like the measure's own, kept by those who
change the measure, and the target a year's outcome is judged against."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed
from planning.access import indicator_policy
from planning.models import Indicator, YearTarget
from planning.targets import TargetParseError, TargetRule, parse_target


def set_year_target(actor: Any, indicator: Indicator, year: int, text: str) -> YearTarget | None:
    """The target of the year; an empty text takes it away (the measure's own then holds)."""
    if not indicator_policy.can_change(actor, indicator):
        raise PermissionDenied
    existing = YearTarget.objects.filter(indicator=indicator, year=year).first()
    text = text.strip()
    if not text:
        if existing is not None:
            attributed(existing, actor).delete()
        return None
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
    target = existing or YearTarget(indicator=indicator, year=year)
    if existing is not None:
        if existing.target_text == text:
            return existing
        target.version += 1
    target.target_text = text
    target.target_rule = rule.as_dict()
    target = attributed(target, actor)
    target.full_clean()
    target.save()
    return target


def year_rules(indicators: list[Indicator], year: int) -> dict[int, tuple[str, TargetRule]]:
    """Each measure's target of the year, with its wording: one query."""
    return {
        t.indicator_id: (t.target_text, TargetRule.from_dict(t.target_rule))
        for t in YearTarget.objects.filter(indicator__in=[i.pk for i in indicators], year=year)
    }
