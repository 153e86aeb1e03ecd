"""The region's reporting calendar: make a year's periods, open and close them, and set the
last day to report each."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from followup.calendar import periods_from_pattern
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
    """The periods of a year of the organisation's calendar (the standard months and
    tertials where it has defined none); periods that exist already are left as they are."""
    from followup.services.calendar_pattern import rows_of

    if not may_manage_periods(actor, region):
        raise PermissionDenied
    existing = {(p.kind, p.number) for p in Period.objects.filter(unit=region, year=year)}
    made = []
    rows, _own = rows_of(region)
    for spec in periods_from_pattern(rows, year):
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


def set_report_by(
    actor: Any, period: Period, report_by: datetime.date | None, expected_version: int | None
) -> Period:
    """The last day to report the period, or none; not before the period starts, nor more
    than a year after it ends."""
    if not may_manage_periods(actor, period.unit):
        raise PermissionDenied
    if report_by is not None and not (
        period.starts_on <= report_by <= period.ends_on + datetime.timedelta(days=366)
    ):
        raise ValidationError(
            {
                "report_by": _(
                    "The last day to report %(period)s must be between %(first)s and %(last)s."
                )
                % {
                    "period": period,
                    "first": period.starts_on.isoformat(),
                    "last": (period.ends_on + datetime.timedelta(days=366)).isoformat(),
                }
            }
        )
    return save_versioned(  # type: ignore[return-value]
        period, expected_version, {"report_by": report_by}, actor=actor
    )
