from __future__ import annotations

import datetime
from typing import Any, Literal

from ninja import Field, Schema

# The statuses an owner reports (internal_control.models.ActionStatus); null is an action
# nobody has reported on.
ActionStatusCode = Literal["planned", "in_progress", "done", "postponed", "cancelled"]


class MatrixLevelOut(Schema):
    axis: str
    value: int
    label: str


class RiskClassOut(Schema):
    code: str
    response: str
    min_score: int | None
    max_score: int | None
    rank: int
    requires_action: bool


class MatrixOut(Schema):
    id: int
    name: str
    edition: int
    scoring: str
    probability_name: str
    severity_name: str
    levels: list[MatrixLevelOut]
    classes: list[RiskClassOut]


class PlanOut(Schema):
    id: int
    unit_id: int
    year: int
    title: str
    case_number: str
    matrix_id: int
    status: str
    version: int


class PlanCreate(Schema):
    unit_id: int
    year: int
    title: str = Field(min_length=1, max_length=300)
    matrix_id: int
    case_number: str = ""


class AdoptionIn(Schema):
    version: int
    adopted_on: datetime.date = Field(
        description="With a precision of month or year, the first day of the month or year."
    )
    adopted_on_precision: Literal["day", "month", "year"] = "day"
    body: str
    decision_reference: str = Field("", description="Empty when it is not known.")


class AdoptionOut(Schema):
    id: int
    adopted_on: datetime.date
    adopted_on_precision: str
    body: str
    decision_reference: str
    snapshot: dict[str, Any]


class AssessmentOut(Schema):
    id: int
    assessed_on: datetime.date
    stage: str
    probability: int
    severity: int
    score: int
    risk_class: str = Field(alias="risk_class.code")
    reason: str


class RiskOut(Schema):
    id: int
    plan_id: int
    number: int
    title: str
    consequence: str
    cause: str
    requirement_type: str
    priority: int | None
    treatment: str
    owner_id: int | None
    owner_title: str
    stated_score: int | None
    version: int


class RiskIn(Schema):
    title: str = Field(min_length=1)
    consequence: str = ""
    cause: str = ""
    requirement_type: str = ""
    priority: int | None = None
    treatment: str
    owner_id: int | None = None
    owner_title: str = ""


class RiskPatch(Schema):
    version: int
    title: str | None = None
    consequence: str | None = None
    cause: str | None = None
    requirement_type: str | None = None
    priority: int | None = None
    treatment: str | None = None
    owner_title: str | None = None


class AssessmentIn(Schema):
    probability: int
    severity: int
    assessed_on: datetime.date
    stage: str = "inherent"
    reason: str = ""


class ActionOut(Schema):
    id: int
    plan_id: int | None
    number: int
    title: str
    owner_id: int | None
    owner_title: str
    deadline: datetime.date | None
    status: ActionStatusCode | None = Field(description="null: not reported")
    version: int

    @staticmethod
    def resolve_status(obj: Any) -> str | None:
        return obj.status or None


class ActionIn(Schema):
    title: str = Field(min_length=1)
    owner_id: int | None = None
    owner_title: str = ""
    deadline: datetime.date | None
    status: ActionStatusCode | None = Field(None, description="null: not reported")
    risk_ids: list[int] = []


class ActionReportIn(Schema):
    status: ActionStatusCode
    comment: str


class WarningOut(Schema):
    code: str
    message: str


class ControlOut(Schema):
    id: int
    plan_id: int
    risk_id: int | None
    number: int
    what: str
    method: str
    frequency: str
    owner_id: int | None
    owner_title: str
    reported_when: str


class ControlIn(Schema):
    what: str = Field(min_length=1)
    method: str = ""
    frequency: str = ""
    risk_id: int | None = None
    owner_id: int | None = None
    owner_title: str = ""
    reported_when: str = ""


class ControlResultIn(Schema):
    performed_on: datetime.date
    outcome: str
    findings: str = ""
    measures: str = ""


class ControlResultOut(Schema):
    id: int
    control_id: int
    performed_on: datetime.date
    outcome: str
    findings: str
    measures: str
