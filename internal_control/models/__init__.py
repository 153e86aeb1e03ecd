from internal_control.models.action import (
    OPEN_ACTION_STATUSES,
    REPORTED_STATUSES,
    Action,
    ActionGoal,
    ActionRisk,
    ActionStatus,
    ActionUpdate,
)
from internal_control.models.category import RiskCategory, RiskWords
from internal_control.models.control import ControlActivity, ControlOutcome, ControlResult
from internal_control.models.matrix import (
    Axis,
    MatrixCell,
    MatrixLevel,
    RiskClass,
    RiskMatrix,
    Scoring,
)
from internal_control.models.plan import ControlPlan, FollowUp, PlanAdoption, PlanStatus
from internal_control.models.risk import (
    AssessmentStage,
    Risk,
    RiskAssessment,
    RiskAssignment,
    RiskGoal,
    Treatment,
)

__all__ = [
    "OPEN_ACTION_STATUSES",
    "REPORTED_STATUSES",
    "Action",
    "ActionGoal",
    "ActionRisk",
    "ActionStatus",
    "ActionUpdate",
    "AssessmentStage",
    "Axis",
    "ControlActivity",
    "ControlOutcome",
    "ControlPlan",
    "ControlResult",
    "FollowUp",
    "MatrixCell",
    "MatrixLevel",
    "PlanAdoption",
    "PlanStatus",
    "Risk",
    "RiskAssessment",
    "RiskAssignment",
    "RiskCategory",
    "RiskClass",
    "RiskGoal",
    "RiskMatrix",
    "RiskWords",
    "Scoring",
    "Treatment",
]
