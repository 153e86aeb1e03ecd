"""The operational plan as the committee reads it, and its adoptions, through the API.

The plan is the same stored shape as an adoption's snapshot (plan_document), so a client reads
the plan of today and the plan as adopted alike.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from django.http import Http404, HttpRequest
from ninja import Field, Schema, Status

from planning.access import plan_unit_or_404
from planning.api import router
from planning.models import OperationalPlanAdoption
from planning.plan_document import build_plan_document
from planning.services.adoption import adopt_operational_plan, latest_adoption


class AdoptionOut(Schema):
    id: int
    unit_id: int
    year: int
    adopted_on: datetime.date
    adopted_on_precision: Literal["day", "month", "year"]
    body: str
    decision_reference: str


class AdoptionIn(Schema):
    adopted_on: datetime.date = Field(
        description="With a precision of month or year, the first day of the month or year."
    )
    adopted_on_precision: Literal["day", "month", "year"] = "day"
    body: str = Field(min_length=1)
    decision_reference: str = Field("", description="Empty when it is not known.")


class PlanOut(Schema):
    version: Literal["today", "adopted"]
    adoption: AdoptionOut | None
    plan: dict[str, Any] = Field(
        description="Strategies, goals, assignments, measures with targets, budget frame, "
        "investments, follow-up areas and meetings, as stored when the plan is adopted."
    )


@router.get(
    "/plans/{unit_id}/{year}",
    response=PlanOut,
    summary="The operational plan of a unit for a year, as of today or as adopted",
)
def operational_plan(
    request: HttpRequest, unit_id: int, year: int, version: Literal["today", "adopted"] = "today"
) -> dict[str, Any]:
    unit = plan_unit_or_404(request.user, unit_id)
    adoption = latest_adoption(unit, year)
    if version == "adopted":
        if adoption is None:
            raise Http404
        return {"version": version, "adoption": adoption, "plan": adoption.snapshot}
    return {"version": version, "adoption": adoption, "plan": build_plan_document(unit, year)}


@router.get("/plans/{unit_id}/{year}/adoptions", response=list[AdoptionOut])
def list_adoptions(request: HttpRequest, unit_id: int, year: int) -> Any:
    unit = plan_unit_or_404(request.user, unit_id)
    return OperationalPlanAdoption.objects.filter(unit=unit, year=year)


@router.post("/plans/{unit_id}/{year}/adoptions", response={201: AdoptionOut})
def adopt(
    request: HttpRequest, unit_id: int, year: int, payload: AdoptionIn
) -> Status[OperationalPlanAdoption]:
    unit = plan_unit_or_404(request.user, unit_id)
    return Status(
        201, adopt_operational_plan(request.user, unit, year=year, **payload.model_dump())
    )
