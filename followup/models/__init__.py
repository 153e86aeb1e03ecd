from followup.models.analysis import Analysis
from followup.models.comparison import ComparisonKind, ComparisonValue
from followup.models.goal_judgement import GoalJudgement
from followup.models.outcome import Fulfilment, Outcome
from followup.models.pattern import PeriodPattern
from followup.models.period import Period, PeriodKind, PeriodStatus

__all__ = [
    "Analysis",
    "ComparisonKind",
    "ComparisonValue",
    "Fulfilment",
    "GoalJudgement",
    "Outcome",
    "Period",
    "PeriodKind",
    "PeriodPattern",
    "PeriodStatus",
]
