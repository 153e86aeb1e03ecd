"""The region's reporting calendar: make a year's periods, open and close them."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from audit.attribution import attributed
from audit.concurrency import save_versioned
from followup.calendar import periods_of_year
from followup.models import Period, PeriodStatus
from organisation.access import grants_of
from organisation.models import Role, Unit


def may_manage_periods(actor: Any, region: Unit) -> bool:
    """The region's calendar is kept by its administrators and region-wide controllers."""
    return grants_of(actor).is_region_wide(
        region.pk, frozenset({Role.ADMINISTRATOR, Role.CONTROLLER})
    )


@transaction.atomic
def make_year(actor: Any, region: Unit, year: int) -> list[Period]:
    """The months and tertials of a year; periods that exist already are left as they are."""
    if not may_manage_periods(actor, region):
        raise PermissionDenied
    existing = {(p.kind, p.number) for p in Period.objects.filter(unit=region, year=year)}
    made = []
    for spec in periods_of_year(year):
        if (spec.kind, spec.number) in existing:
            continue
        period = attributed(
            Period(
                unit=region,
                year=year,
                kind=spec.kind,
                number=spec.number,
                name=spec.name,
                starts_on=spec.starts_on,
                ends_on=spec.ends_on,
            ),
            actor,
        )
        period.save()
        made.append(period)
    return made


def set_status(actor: Any, period: Period, status: str, expected_version: int | None) -> Period:
    if not may_manage_periods(actor, period.unit):
        raise PermissionDenied
    return save_versioned(  # type: ignore[return-value]
        period, expected_version, {"status": PeriodStatus(status)}, actor=actor
    )
