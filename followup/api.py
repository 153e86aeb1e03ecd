"""Indicators, periods and outcomes through the API, with the pages' rules and checks."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from audit.api_refusals import RowsConflictOut, refusals
from audit.api_types import Count, Id, Text, Year, choice_of, text_of
from followup.access import period_policy
from followup.models import Outcome, Period, PeriodKind, PeriodStatus
from followup.services.outcomes import (
    OutcomeConflict,
    OutcomeRow,
    OutcomeRowsError,
    record_outcomes,
)
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.access import indicator_policy
from planning.api_indicator import IndicatorOut
from planning.models import Indicator

router = Router()


class PeriodOut(Schema):
    id: int
    year: int
    kind: Annotated[str, choice_of(PeriodKind)]
    number: int
    name: str
    starts_on: datetime.date
    ends_on: datetime.date
    status: Annotated[str, choice_of(PeriodStatus)]
    report_by: datetime.date | None
    version: int


class OutcomeOut(Schema):
    id: int
    indicator_id: int
    period_id: int
    unit_id: int
    total: Decimal | None
    women: Decimal | None
    men: Decimal | None
    comment: str
    version: int


class OutcomeIn(Schema):
    indicator_id: Id
    total: Text = ""
    women: Text = ""
    men: Text = ""
    comment: Annotated[str, text_of(Outcome, "comment")] = ""
    source: Annotated[str, text_of(Outcome, "source")] = ""
    version: Count | None = Field(
        None,
        description=(
            "The version of the outcome the client read (0: it read none). A row that would "
            "change an outcome saved since then is refused with 409."
        ),
    )


class OutcomeBatchIn(Schema):
    period_id: Id
    unit_id: Id
    rows: list[OutcomeIn]


@router.get("/indicators", response=list[IndicatorOut])
def list_indicators(request: HttpRequest, unit_id: Id | None = None) -> Any:
    indicators = indicator_policy.scope(request.user, Indicator.objects.all()).order_by("pk")
    return list(indicators.filter(unit_id=unit_id) if unit_id else indicators)


@router.get("/periods", response=list[PeriodOut])
def list_periods(request: HttpRequest, year: Year | None = None) -> Any:
    periods = period_policy.scope(request.user, Period.objects.all()).order_by("year", "ends_on")
    return list(periods.filter(year=year) if year else periods)


@router.get("/outcomes", response={200: list[OutcomeOut], **refusals(404)})
def list_outcomes(request: HttpRequest, indicator_id: Id) -> Any:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.all(), indicator_id
    )
    return list(Outcome.objects.filter(indicator=indicator).order_by("period__ends_on", "unit_id"))


@router.post(
    "/outcomes",
    response={201: list[OutcomeOut], **refusals(403, 404), 409: RowsConflictOut},
    summary="Record outcomes for a period and unit: every row is saved, or none",
)
def post_outcomes(request: HttpRequest, payload: OutcomeBatchIn) -> Status[list[Outcome]]:
    period = get_visible_or_404(
        request.user, period_policy, Period.objects.all(), payload.period_id
    )
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.unit_id)
    indicators = {
        i.pk: i
        for i in indicator_policy.scope(
            request.user, Indicator.objects.filter(pk__in=[r.indicator_id for r in payload.rows])
        )
    }
    rows = []
    for number, row in enumerate(payload.rows, start=1):
        if row.indicator_id not in indicators:
            raise ValidationError({f"rows.{number}.indicator_id": _("Unknown indicator.")})
        rows.append(
            OutcomeRow(
                indicator=indicators[row.indicator_id],
                **row.dict(exclude={"indicator_id"}),
            )
        )
    try:
        saved = record_outcomes(request.user, period, unit, rows)
    except OutcomeRowsError as problem:
        if problem.only_conflicts:
            raise OutcomeConflict(
                {f"rows.{p.row}.{p.field}": [p.message] for p in problem.problems}
            ) from problem
        raise ValidationError(
            {f"rows.{p.row}.{p.field}": p.message for p in problem.problems}
        ) from problem
    return Status(201, saved)
