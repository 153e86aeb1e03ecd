"""Saving an internal control plan's rows: goal areas and assignments the unit lacks, then
each risk with its links, assessment, actions, comments and controls, through the services
that the pages and the API use, each object's history naming its file and row."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from exchange.imports.kinds import Source
from exchange.imports.plan_cells import Scale, words
from exchange.imports.plan_groups import Grouped, PlanRow, RiskGroup, group
from internal_control.models import Action, ControlPlan
from internal_control.services import actions as action_services
from internal_control.services import controls as control_services
from internal_control.services import risks as risk_services
from planning.models import Assignment, Goal, GoalLevel
from planning.services.goals import create_assignment, create_goal


@dataclass
class PlanContext:
    plan: ControlPlan
    probability: Scale
    severity: Scale
    class_codes: list[str]
    categories: dict[str, str]  # the organisation's risk categories: name by code
    goals: dict[str, Goal]  # by the title's words: the unit's goals and those above
    assignments: dict[tuple[str, str], Assignment]  # by (goal's words, text's words)
    may_create_goals: bool
    taken: set[int]  # risk numbers the plan has
    today: datetime.date
    # The file's rows grouped into risks, once for its check, preview and save (a context
    # serves one reading of one file).
    grouped: Grouped | None = None

    def group(self, parsed: Sequence[PlanRow]) -> Grouped:
        if self.grouped is None:
            self.grouped = group(parsed, self.taken)
        return self.grouped


def source_reason(source: Source, row: int) -> str:
    """The history's reason for an object read from a file: its name and the row."""
    return _("From %(file)s, row %(row)s") % {"file": source.file_name[:70], "row": row}


def _goal(actor: Any, context: PlanContext, title: str) -> Goal:
    key = words(title)
    goal = context.goals.get(key)
    if goal is None:
        plan = context.plan
        order = sum(1 for g in context.goals.values() if g.unit_id == plan.unit_id) + 1
        goal = create_goal(
            actor,
            plan.unit,
            level=GoalLevel.GOAL_AREA,
            title=title,
            order=order,
            first_year=plan.year,
            last_year=plan.year,
        )
        context.goals[key] = goal
    return goal


def _assignment(actor: Any, context: PlanContext, goal_title: str, text: str) -> Assignment:
    goal = _goal(actor, context, goal_title) if goal_title else None
    goal_key = words(goal_title)
    found = context.assignments.get((goal_key, words(text))) or context.assignments.get(
        ("", words(text))
    )
    if found is not None:
        return found
    plan = context.plan
    order = sum(1 for (g, _t), a in context.assignments.items() if g == goal_key) + 1
    assignment = create_assignment(
        actor, plan.unit, goal=goal, text=text, order=order, year=plan.year
    )
    context.assignments[(goal_key, words(text))] = assignment
    context.assignments.setdefault(("", words(text)), assignment)
    return assignment


def _save_risk(
    actor: Any, context: PlanContext, item: RiskGroup, source: Source, made: dict[str, Action]
) -> None:
    plan = context.plan
    first = item.first
    reason = source_reason(source, first.row)
    values: dict[str, Any] = {
        "title": first.title,
        "consequence": first.consequence,
        "cause": first.cause,
        "requirement_type": first.requirement_type,
        "priority": first.priority,
        "owner_title": first.owner,
    }
    if first.treatment:
        values["treatment"] = first.treatment
    # What the file states is kept beside what the matrix gives, for the plan's checks.
    risk = risk_services.create_risk(
        actor,
        plan,
        number=item.number,
        reason=reason,
        stated_score=first.stated_score,
        stated_class=first.stated_class,
        **values,
    )
    for title in item.goal_areas:
        risk_services.link_goal(actor, risk, _goal(actor, context, title), reason=reason)
    if item.assignments:
        risk_services.set_assignments(
            actor,
            risk,
            [_assignment(actor, context, g, t) for g, t in item.assignments],
        )
    for planned in item.actions:
        action_reason = source_reason(source, planned.row)
        same = made.get(words(planned.title))
        if same is not None:
            # The same action printed under another risk: one action against both.
            action_services.link_action(actor, same, risk, reason=action_reason)
            continue
        action: Action = action_services.create_action(
            actor,
            plan,
            risks=[risk],
            reason=action_reason,
            title=planned.title,
            owner_title=planned.owner,
        )
        made[words(planned.title)] = action
        if planned.status or planned.comment:
            action_services.keep_source_report(
                actor,
                action,
                status=planned.status,
                comment=planned.comment,
                reported_on=first.assessed_on or context.today,
                reason=action_reason,
            )
    for control in item.controls:
        control_services.create_control(
            actor,
            plan,
            reason=source_reason(source, control.row),
            risk=risk,
            what=control.control,
            method=control.control_method,
            owner_title=control.control_owner,
            frequency=control.frequency,
            reported_when=control.reported_when,
        )
    if first.probability is not None and first.severity is not None:
        risk_services.assess_risk(
            actor,
            risk,
            probability=first.probability,
            severity=first.severity,
            assessed_on=first.assessed_on or context.today,
            reason=_("As read from %(file)s, row %(row)s.")
            % {"file": source.file_name, "row": first.row},
            # A class that requires an answer and has none is shown by the plan's checks, as
            # for a plan typed in; the file is kept as it is.
            enforce_actions=False,
        )


def save_plan_rows(actor: Any, context: PlanContext, grouped: Grouped, source: Source) -> None:
    """Everything the grouped rows say, in the file's order; run inside one transaction."""
    made: dict[str, Action] = {}  # the actions saved, by their text's words
    for item in grouped.risks:
        _save_risk(actor, context, item, source, made)
