from planning.models.goal import Assignment, Goal, GoalLevel, Perspective, PerspectiveKind

__all__ = ["Assignment", "Goal", "GoalLevel", "Perspective", "PerspectiveKind"]
