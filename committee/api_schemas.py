"""The shapes of reviews, recommendations, promised measures and their reports in the API,
bounded by their model fields."""

from __future__ import annotations

import datetime
from typing import Annotated

from ninja import Schema
from pydantic import Field

from audit.api_types import POSITIVE_MAX, Count, Id, Version, choice_of, text_of, unchanged
from committee.models import (
    AuditReview,
    PromisedMeasure,
    PromiseReport,
    PromiseStatus,
    Recommendation,
    RecommendationStatus,
)

PromiseStatusValue = Annotated[str, choice_of(PromiseStatus)]
# A recommendation's number: 1 and up, as its column holds.
Number = Annotated[int, Field(ge=1, le=POSITIVE_MAX)]


class AuditSignatoryOut(Schema):
    id: int
    name: str
    title: str
    order: int


class AuditReviewOut(Schema):
    id: int
    unit_id: int
    title: str
    auditors: str
    reviewed_on: datetime.date | None
    overall_assessment: str
    case_number: str
    answer_title: str
    answer_due_on: datetime.date | None
    answered_on: datetime.date | None
    addressee: str
    handled_by: str
    handled_by_unit: str
    introduction: str
    closing: str
    signed_for: str
    signatories: list[AuditSignatoryOut]
    version: int


class AuditReviewIn(Schema):
    unit_id: Id
    title: Annotated[str, text_of(AuditReview, "title", required=True)]
    auditors: Annotated[str, text_of(AuditReview, "auditors", required=True)]
    reviewed_on: datetime.date | None = None
    overall_assessment: Annotated[str, text_of(AuditReview, "overall_assessment")] = ""
    case_number: Annotated[str, text_of(AuditReview, "case_number")] = ""
    answer_title: Annotated[str, text_of(AuditReview, "answer_title")] = ""
    answer_due_on: datetime.date | None = None
    answered_on: datetime.date | None = None
    addressee: Annotated[str, text_of(AuditReview, "addressee")] = ""
    handled_by: Annotated[str, text_of(AuditReview, "handled_by")] = ""
    handled_by_unit: Annotated[str, text_of(AuditReview, "handled_by_unit")] = ""
    introduction: Annotated[str, text_of(AuditReview, "introduction")] = ""
    closing: Annotated[str, text_of(AuditReview, "closing")] = ""
    signed_for: Annotated[str, text_of(AuditReview, "signed_for")] = ""


class AuditReviewPatch(Schema):
    version: Version
    title: Annotated[str, text_of(AuditReview, "title", required=True)] = unchanged()
    auditors: Annotated[str, text_of(AuditReview, "auditors", required=True)] = unchanged()
    reviewed_on: datetime.date | None = None
    overall_assessment: Annotated[str, text_of(AuditReview, "overall_assessment")] = unchanged()
    case_number: Annotated[str, text_of(AuditReview, "case_number")] = unchanged()
    answer_title: Annotated[str, text_of(AuditReview, "answer_title")] = unchanged()
    answer_due_on: datetime.date | None = None
    answered_on: datetime.date | None = None
    addressee: Annotated[str, text_of(AuditReview, "addressee")] = unchanged()
    handled_by: Annotated[str, text_of(AuditReview, "handled_by")] = unchanged()
    handled_by_unit: Annotated[str, text_of(AuditReview, "handled_by_unit")] = unchanged()
    introduction: Annotated[str, text_of(AuditReview, "introduction")] = unchanged()
    closing: Annotated[str, text_of(AuditReview, "closing")] = unchanged()
    signed_for: Annotated[str, text_of(AuditReview, "signed_for")] = unchanged()


class AuditWarningOut(Schema):
    code: str
    message: str


class AuditRecommendationOut(Schema):
    id: int
    review_id: int
    number: int
    text: str
    answer: str
    status: Annotated[str, choice_of(RecommendationStatus)]
    closed_on: datetime.date | None
    closing_note: str
    version: int


class AuditRecommendationIn(Schema):
    number: Number | None = None
    text: Annotated[str, text_of(Recommendation, "text", required=True)]
    answer: Annotated[str, text_of(Recommendation, "answer")] = ""


class AuditRecommendationPatch(Schema):
    version: Version
    number: Number = unchanged()
    text: Annotated[str, text_of(Recommendation, "text", required=True)] = unchanged()
    answer: Annotated[str, text_of(Recommendation, "answer")] = unchanged()


class AuditClosingIn(Schema):
    version: Version
    closed_on: datetime.date
    closing_note: Annotated[str, text_of(Recommendation, "closing_note")] = ""


class AuditPromiseOut(Schema):
    id: int
    recommendation_id: int
    text: str
    owner_id: int | None
    owner_title: str
    deadline: datetime.date | None
    status: Annotated[str, choice_of(PromiseStatus, blank=True)]
    order: int
    programme_ids: list[int]
    economy_measure_ids: list[int]
    action_ids: list[int]
    assignment_ids: list[int]
    version: int


class AuditPromiseIn(Schema):
    text: Annotated[str, text_of(PromisedMeasure, "text", required=True)]
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(PromisedMeasure, "owner_title")] = ""
    deadline: datetime.date | None = None
    order: Count | None = None
    programme_ids: list[Id] = []
    economy_measure_ids: list[Id] = []
    action_ids: list[Id] = []
    assignment_ids: list[Id] = []


class AuditPromisePatch(Schema):
    version: Version
    text: Annotated[str, text_of(PromisedMeasure, "text", required=True)] = unchanged()
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(PromisedMeasure, "owner_title")] = unchanged()
    deadline: datetime.date | None = None
    order: Count = unchanged()
    programme_ids: list[Id] = unchanged()
    economy_measure_ids: list[Id] = unchanged()
    action_ids: list[Id] = unchanged()
    assignment_ids: list[Id] = unchanged()


class AuditPromiseReportOut(Schema):
    id: int
    promise_id: int
    reported_on: datetime.date
    status: PromiseStatusValue
    comment: str
    reported_by_id: int | None


class AuditPromiseReportIn(Schema):
    status: PromiseStatusValue
    comment: Annotated[str, text_of(PromiseReport, "comment", required=True)]
    reported_on: datetime.date | None = None
