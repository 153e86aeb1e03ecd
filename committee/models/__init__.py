from committee.models.meeting import FollowUpArea, Meeting, MeetingItem

__all__ = ["FollowUpArea", "Meeting", "MeetingItem"]
