from committee.models.meeting import FollowUpArea, Meeting, MeetingItem
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
    "PromiseReport",
    "PromiseStatus",
    "PromisedMeasure",
    "Recommendation",
    "RecommendationStatus",
    "Signatory",
]
