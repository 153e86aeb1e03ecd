"""The shapes of internal control in the API, bounded by their model fields."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from audit.api_types import Count, Id, Version, Year, choice_of, text_of, unchanged
from internal_control.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    AssessmentStage,
    Axis,
    ControlActivity,
    ControlOutcome,
    ControlPlan,
    ControlResult,
    PlanAdoption,
    PlanStatus,
    Risk,
    RiskAssessment,
    Scoring,
    Treatment,
)

ActionStatusValue = Annotated[str, choice_of(ActionStatus)]
TreatmentValue = Annotated[str, choice_of(Treatment, blank=True)]
# The code of one of the organisation's risk categories (GET /risk-categories).
RequirementTypeValue = Annotated[str, text_of(Risk, "requirement_type")]


class MatrixLevelOut(Schema):
    axis: Annotated[str, choice_of(Axis)]
    value: int
    label: str


class RiskClassOut(Schema):
    code: str
    response: str
    min_score: int | None
    max_score: int | None
    rank: int
    requires_action: bool


class RiskCategoryOut(Schema):
    id: int
    region_id: int
    code: str
    name: str
    order: int


class MatrixOut(Schema):
    id: int
    name: str
    edition: int
    scoring: Annotated[str, choice_of(Scoring)]
    probability_name: str
    severity_name: str
    levels: list[MatrixLevelOut]
    classes: list[RiskClassOut]


class ControlPlanOut(Schema):
    id: int
    unit_id: int
    year: int
    title: str
    case_number: str
    matrix_id: int
    status: Annotated[str, choice_of(PlanStatus)]
    version: int


class ControlPlanCreate(Schema):
    unit_id: Id
    year: Year
    title: Annotated[str, text_of(ControlPlan, "title", required=True)]
    matrix_id: Id
    case_number: Annotated[str, text_of(ControlPlan, "case_number")] = ""


class ControlPlanAdoptionIn(Schema):
    version: Version
    adopted_on: datetime.date = Field(
        description="With a precision of month or year, the first day of the month or year."
    )
    adopted_on_precision: Literal["day", "month", "year"] = "day"
    body: Annotated[str, text_of(PlanAdoption, "body")]
    decision_reference: Annotated[str, text_of(PlanAdoption, "decision_reference")] = Field(
        "", description="Empty when it is not known."
    )


class ControlPlanAdoptionOut(Schema):
    id: int
    adopted_on: datetime.date
    adopted_on_precision: str
    body: str
    decision_reference: str
    snapshot: dict[str, Any]


class AssessmentOut(Schema):
    id: int
    assessed_on: datetime.date
    stage: Annotated[str, choice_of(AssessmentStage)]
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
    requirement_type: RequirementTypeValue
    priority: int | None
    treatment: TreatmentValue
    owner_id: int | None
    owner_title: str
    stated_score: int | None
    version: int


class RiskIn(Schema):
    title: Annotated[str, text_of(Risk, "title", required=True)]
    consequence: Annotated[str, text_of(Risk, "consequence")] = ""
    cause: Annotated[str, text_of(Risk, "cause")] = ""
    requirement_type: RequirementTypeValue = ""
    priority: Count | None = None
    treatment: TreatmentValue
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(Risk, "owner_title")] = ""


class RiskPatch(Schema):
    version: Version
    title: Annotated[str, text_of(Risk, "title", required=True)] = unchanged()
    consequence: Annotated[str, text_of(Risk, "consequence")] = unchanged()
    cause: Annotated[str, text_of(Risk, "cause")] = unchanged()
    requirement_type: RequirementTypeValue = unchanged()
    priority: Count | None = None
    treatment: TreatmentValue = unchanged()
    owner_title: Annotated[str, text_of(Risk, "owner_title")] = unchanged()


class AssessmentIn(Schema):
    probability: Count
    severity: Count
    assessed_on: datetime.date
    stage: Annotated[str, choice_of(AssessmentStage)] = AssessmentStage.INHERENT.value
    reason: Annotated[str, text_of(RiskAssessment, "reason")] = ""


class ActionOut(Schema):
    id: int
    plan_id: int | None
    number: int
    title: str
    owner_id: int | None
    owner_title: str
    deadline: datetime.date | None
    status: ActionStatusValue | None = Field(description="null: not reported")
    version: int

    @staticmethod
    def resolve_status(obj: Any) -> str | None:
        return obj.status or None


class ActionIn(Schema):
    title: Annotated[str, text_of(Action, "title", required=True)]
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(Action, "owner_title")] = ""
    deadline: datetime.date | None
    status: ActionStatusValue | None = Field(None, description="null: not reported")
    risk_ids: list[Id] = []


class ActionReportIn(Schema):
    status: ActionStatusValue
    comment: Annotated[str, text_of(ActionUpdate, "comment")]


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
    what: Annotated[str, text_of(ControlActivity, "what", required=True)]
    method: Annotated[str, text_of(ControlActivity, "method")] = ""
    frequency: Annotated[str, text_of(ControlActivity, "frequency")] = ""
    risk_id: Id | None = None
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(ControlActivity, "owner_title")] = ""
    reported_when: Annotated[str, text_of(ControlActivity, "reported_when")] = ""


class ControlResultIn(Schema):
    performed_on: datetime.date
    outcome: Annotated[str, choice_of(ControlOutcome)]
    findings: Annotated[str, text_of(ControlResult, "findings")] = ""
    measures: Annotated[str, text_of(ControlResult, "measures")] = ""


class ControlResultOut(Schema):
    id: int
    control_id: int
    performed_on: datetime.date
    outcome: Annotated[str, choice_of(ControlOutcome)]
    findings: str
    measures: str
