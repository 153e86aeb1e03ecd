from planning.models.adoption import OperationalPlanAdoption
from planning.models.goal import Assignment, Goal, GoalLevel, Perspective, PerspectiveKind
from planning.models.indicator import Direction, Frequency, Indicator

__all__ = [
    "Assignment",
    "Direction",
    "Frequency",
    "Goal",
    "GoalLevel",
    "Indicator",
    "OperationalPlanAdoption",
    "Perspective",
    "PerspectiveKind",
]
