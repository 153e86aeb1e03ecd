from committee.models.meeting import FollowUpArea, Meeting, MeetingItem
from committee.models.promise_links import (
    PromiseAction,
    PromiseAssignment,
    PromiseEconomyMeasure,
    PromiseProgramme,
)
from committee.models.review import (
    AuditReview,
    PromisedMeasure,
    PromiseReport,
    PromiseStatus,
    Recommendation,
    RecommendationStatus,
    Signatory,
)

__all__ = [
    "AuditReview",
    "FollowUpArea",
    "Meeting",
    "MeetingItem",
    "PromiseAction",
    "PromiseAssignment",
    "PromiseEconomyMeasure",
    "PromiseProgramme",
    "PromiseReport",
    "PromiseStatus",
    "PromisedMeasure",
    "Recommendation",
    "RecommendationStatus",
    "Signatory",
]
