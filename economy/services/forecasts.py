"""The controller's full-year forecast of a unit and cost type, and the organisation's
periodisation profile."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from economy.access import forecast_policy, profile_policy
from economy.models import CostType, Forecast, PeriodisationProfile
from economy.variance import weights_problem
from organisation.models import Unit


@transaction.atomic
def save_forecast(
    actor: Any,
    unit: Unit,
    cost_type: CostType,
    *,
    year: int,
    made_in_month: int,
    amount: Decimal,
    comment: str = "",
    expected_version: int | None = None,
) -> Forecast:
    """The forecast made in a month: a new one, or the month's one changed (version checked).

    `expected_version` 0 says the person saw no forecast for the month.
    """
    if not forecast_policy.can_create_in(actor, unit):
        raise PermissionDenied
    if cost_type.region_id != unit.region_id:
        raise ValidationError({"cost_type": _("Choose a cost type of the organisation.")})
    if not 1 <= made_in_month <= 12:
        raise ValidationError({"made_in_month": _("Give a month from 1 to 12.")})
    current = (
        Forecast.objects.select_for_update()
        .filter(unit=unit, cost_type=cost_type, year=year, made_in_month=made_in_month)
        .first()
    )
    values = {"amount": amount, "comment": comment, "made_by": history_user_of(actor)}
    if current is None:
        if expected_version not in (None, 0):
            raise ValidationError(
                {"amount": _("The forecast was removed meanwhile. Look again and save.")}
            )
        forecast = attributed(
            Forecast(
                unit=unit, cost_type=cost_type, year=year, made_in_month=made_in_month, **values
            ),
            actor,
        )
        forecast.full_clean()
        forecast.save()
        return forecast
    expected = None if expected_version is None else expected_version
    return save_versioned(  # type: ignore[return-value]
        current, expected, values | {"is_example": False}, actor=actor
    )


def save_profile(
    actor: Any,
    region: Unit,
    weights: Sequence[Decimal],
    *,
    description: str = "",
    expected_version: int | None = None,
) -> PeriodisationProfile:
    """Twelve weights (January first); an organisation has one profile."""
    if not profile_policy.can_create_in(actor, region):
        raise PermissionDenied
    problem = weights_problem(weights)
    if problem:
        messages = {
            "not_twelve": _("Give a weight for each of the twelve months."),
            "negative": _("A weight cannot be negative."),
            "all_zero": _("At least one month must have a weight above zero."),
        }
        raise ValidationError({"weights": messages[problem]})
    stored = [str(w) for w in weights]
    current = PeriodisationProfile.objects.filter(region=region).first()
    if current is None:
        profile = attributed(
            PeriodisationProfile(region=region, weights=stored, description=description), actor
        )
        profile.full_clean()
        profile.save()
        return profile
    return save_versioned(  # type: ignore[return-value]
        current, expected_version, {"weights": stored, "description": description}, actor=actor
    )


def remove_profile(actor: Any, profile: PeriodisationProfile) -> None:
    """Back to an even spread."""
    if not profile_policy.can_change(actor, profile):
        raise PermissionDenied
    attributed(profile, actor).delete()


def profile_weights(region_id: int) -> list[Decimal] | None:
    profile = PeriodisationProfile.objects.filter(region_id=region_id).first()
    return [Decimal(w) for w in profile.weights] if profile else None
