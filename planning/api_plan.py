"""The operational plan as the committee reads it, and its adoptions, through the API.

The plan is the same stored shape as an adoption's snapshot (plan_document), so a client reads
the plan of today and the plan as adopted alike.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from django.http import Http404, HttpRequest
from ninja import Field, Schema, Status

from audit.api_refusals import refusals
from audit.api_types import Id, Year, text_of
from planning.access import plan_unit_or_404
from planning.api import router
from planning.models import OperationalPlanAdoption
from planning.plan_document import build_plan_document
from planning.services.adoption import adopt_operational_plan, latest_adoption


class OperationalPlanAdoptionOut(Schema):
    id: int
    unit_id: int
    year: int
    adopted_on: datetime.date
    adopted_on_precision: Literal["day", "month", "year"]
    body: str
    decision_reference: str


class OperationalPlanAdoptionIn(Schema):
    adopted_on: datetime.date = Field(
        description="With a precision of month or year, the first day of the month or year."
    )
    adopted_on_precision: Literal["day", "month", "year"] = "day"
    body: Annotated[str, text_of(OperationalPlanAdoption, "body", required=True)]
    decision_reference: Annotated[str, text_of(OperationalPlanAdoption, "decision_reference")] = (
        Field("", description="Empty when it is not known.")
    )


class OperationalPlanOut(Schema):
    version: Literal["today", "adopted"]
    adoption: OperationalPlanAdoptionOut | None
    plan: dict[str, Any] = Field(
        description="Strategies, goals, assignments, measures with targets, budget frame, "
        "investments, follow-up areas and meetings, as stored when the plan is adopted."
    )


@router.get(
    "/plans/{unit_id}/{year}",
    response=OperationalPlanOut,
    summary="The operational plan of a unit for a year, as of today or as adopted",
)
def operational_plan(
    request: HttpRequest, unit_id: Id, year: Year, version: Literal["today", "adopted"] = "today"
) -> dict[str, Any]:
    unit = plan_unit_or_404(request.user, unit_id)
    adoption = latest_adoption(unit, year)
    if version == "adopted":
        if adoption is None:
            raise Http404
        return {"version": version, "adoption": adoption, "plan": adoption.snapshot}
    return {"version": version, "adoption": adoption, "plan": build_plan_document(unit, year)}


@router.get("/plans/{unit_id}/{year}/adoptions", response=list[OperationalPlanAdoptionOut])
def list_adoptions(request: HttpRequest, unit_id: Id, year: Year) -> Any:
    unit = plan_unit_or_404(request.user, unit_id)
    return OperationalPlanAdoption.objects.filter(unit=unit, year=year)


@router.post(
    "/plans/{unit_id}/{year}/adoptions",
    response={201: OperationalPlanAdoptionOut, **refusals(403)},
)
def adopt(
    request: HttpRequest, unit_id: Id, year: Year, payload: OperationalPlanAdoptionIn
) -> Status[OperationalPlanAdoption]:
    unit = plan_unit_or_404(request.user, unit_id)
    return Status(
        201, adopt_operational_plan(request.user, unit, year=year, **payload.model_dump())
    )
