"""Comparison values of a measure per period: set, changed or taken away by those who may
change the measure, each change in the history with its source."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed
from followup.models import ComparisonKind, ComparisonValue, Period
from planning.access import indicator_policy
from planning.models import Indicator


def set_comparison(
    actor: Any,
    indicator: Indicator,
    period: Period,
    kind: str,
    value: Decimal | None,
    *,
    source: str = "",
) -> ComparisonValue | None:
    """The value compared with in the period; None takes a value away."""
    if not indicator_policy.can_change(actor, indicator):
        raise PermissionDenied
    if period.unit_id != indicator.unit.region_id:
        raise ValidationError({"period": _("Choose a period of the measure's organisation.")})
    existing = ComparisonValue.objects.filter(indicator=indicator, period=period, kind=kind).first()
    if value is None:
        if existing is not None:
            attributed(existing, actor, source).delete()
        return None
    comparison = existing or ComparisonValue(indicator=indicator, period=period, kind=kind)
    if existing is not None:
        if (existing.value, existing.source) == (value, source):
            return existing
        comparison.version += 1
    comparison.value = value
    comparison.source = source
    comparison = attributed(comparison, actor, source)
    comparison.full_clean()
    comparison.save()
    return comparison


def comparisons_by_indicator(
    indicators: list[Indicator], period: Period
) -> dict[int, dict[str, ComparisonValue]]:
    """Each measure's comparison values of the period, by kind in the kinds' order (the
    nation first): one query."""
    order = {kind: place for place, kind in enumerate(ComparisonKind.values)}
    found: dict[int, dict[str, ComparisonValue]] = {}
    rows = ComparisonValue.objects.filter(indicator__in=[i.pk for i in indicators], period=period)
    for comparison in sorted(rows, key=lambda c: order[c.kind]):
        found.setdefault(comparison.indicator_id, {})[comparison.kind] = comparison
    return found
