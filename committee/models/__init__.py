from committee.models.decision import AdoptionDecision
from committee.models.meeting import FollowUpArea, Meeting, MeetingItem

__all__ = ["AdoptionDecision", "FollowUpArea", "Meeting", "MeetingItem"]
