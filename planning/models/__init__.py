from planning.models.adoption import OperationalPlanAdoption
from planning.models.goal import Assignment, Goal, GoalLevel, Perspective, PerspectiveKind
from planning.models.indicator import Direction, Frequency, Indicator
from planning.models.judgement_rules import DEFAULT_PARTLY_BAND, JudgementRules
from planning.models.year_target import YearTarget

__all__ = [
    "DEFAULT_PARTLY_BAND",
    "Assignment",
    "Direction",
    "Frequency",
    "Goal",
    "GoalLevel",
    "Indicator",
    "JudgementRules",
    "OperationalPlanAdoption",
    "Perspective",
    "PerspectiveKind",
    "YearTarget",
]
