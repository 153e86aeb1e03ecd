"""The organisation's rules for judging outcomes, and the band a measure is judged with."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied

from audit.attribution import attributed
from organisation.models import Role, Unit
from organisation.region_data import RegionDataPolicy
from planning.models import DEFAULT_PARTLY_BAND, Indicator, JudgementRules

# Kept by the organisation's administrators and its controllers on the organisation itself.
judgement_rules_policy = RegionDataPolicy(keepers=frozenset({Role.ADMINISTRATOR, Role.CONTROLLER}))


@dataclass(frozen=True)
class Rules:
    partly_band: Decimal  # per cent
    goal_rule: str
    own: bool  # False: the organisation has set none, and styr's apply


def rules_of(region_id: int | None) -> Rules:
    """The organisation's rules for judging, read once: its band of "partly met" and how a
    goal follows from its measures; styr's (a tenth, "all") where it has set none."""
    rules = JudgementRules.objects.filter(region_id=region_id).first() if region_id else None
    if rules is None:
        return Rules(DEFAULT_PARTLY_BAND, "all", own=False)
    return Rules(rules.partly_band, rules.goal_rule, own=True)


def partly_band_of(region_id: int | None) -> Decimal:
    return rules_of(region_id).partly_band


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
