"""A person's judgement of a goal in a unit's scorecard: by the unit's controllers and
administrators, always with a reason; taken away, the rule decides again."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from followup.models import GoalJudgement, Period
from organisation.access import EDIT_ROLES, grants_of
from organisation.models import Unit
from planning.models import Goal


def may_judge_goals(actor: Any, unit: Unit) -> bool:
    return not unit.is_closed and grants_of(actor).has_any(unit, EDIT_ROLES)


def judge_goal(
    actor: Any, goal: Goal, unit: Unit, period: Period, fulfilment: str, reason: str
) -> GoalJudgement | None:
    if not may_judge_goals(actor, unit):
        raise PermissionDenied
    if period.unit_id != unit.region_id:
        raise ValidationError({"period": _("Choose a period of the unit's organisation.")})
    existing = GoalJudgement.objects.filter(goal=goal, unit=unit, period=period).first()
    if not fulfilment:
        if existing is not None:
            attributed(existing, actor, reason).delete()
        return None
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for the judgement.")})
    judgement = existing or GoalJudgement(goal=goal, unit=unit, period=period)
    if existing is not None:
        judgement.version += 1
    judgement.fulfilment = fulfilment
    judgement.reason = reason.strip()
    judgement.judged_by = history_user_of(actor)
    judgement = attributed(judgement, actor, reason.strip())
    judgement.full_clean()
    judgement.save()
    return judgement


def goal_judgements(unit: Unit, period: Period) -> dict[int, GoalJudgement]:
    """The unit's judged goals of the period, by goal: one query."""
    return {j.goal_id: j for j in GoalJudgement.objects.filter(unit=unit, period=period)}
