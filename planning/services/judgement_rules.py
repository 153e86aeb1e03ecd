"""The organisation's rules for judging outcomes, and the band a measure is judged with."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied

from audit.attribution import attributed
from organisation.models import Role, Unit
from organisation.region_data import RegionDataPolicy
from planning.models import DEFAULT_PARTLY_BAND, Indicator, JudgementRules

# Kept by the organisation's administrators and its controllers on the organisation itself.
judgement_rules_policy = RegionDataPolicy(keepers=frozenset({Role.ADMINISTRATOR, Role.CONTROLLER}))


def partly_band_of(region_id: int | None) -> Decimal:
    """The organisation's band of "partly met", per cent; styr's where it has set none."""
    rules = JudgementRules.objects.filter(region_id=region_id).first() if region_id else None
    return rules.partly_band if rules is not None else DEFAULT_PARTLY_BAND


def goal_rule_of(region_id: int | None) -> str:
    """How the organisation judges a goal from its measures; styr's "all" where it has not
    chosen."""
    rules = JudgementRules.objects.filter(region_id=region_id).first() if region_id else None
    return rules.goal_rule if rules is not None else "all"


def band_for(indicator: Indicator, organisation_band: Decimal) -> Decimal:
    """The share of the target (0.10 for 10 %) within which the measure is partly met."""
    band = indicator.partly_band if indicator.partly_band is not None else organisation_band
    return band / 100


def set_partly_band(
    actor: Any, region: Unit, band: Decimal, goal_rule: str | None = None
) -> JudgementRules:
    if not judgement_rules_policy.can_create_in(actor, region):
        raise PermissionDenied
    rules = JudgementRules.objects.filter(region=region).first() or JudgementRules(region=region)
    goal_rule = goal_rule or rules.goal_rule
    if rules.pk is not None and (rules.partly_band, rules.goal_rule) == (band, goal_rule):
        return rules
    rules.partly_band = band
    rules.goal_rule = goal_rule
    if rules.pk is not None:
        rules.version += 1
    rules = attributed(rules, actor)
    rules.full_clean()
    rules.save()
    return rules
