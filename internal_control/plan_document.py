"""The internal control plan as the committee reads it, as plain data.

The same structure is shown for the plan as of today and stored as the snapshot of the
plan as adopted, so that both are rendered by one template and the adopted version stays
exactly as it was. A risk or action shared by several assignments is held once and
referred to by number.

Codes are stored, not labels, so that a snapshot reads in the viewer's language; `readable`
turns a stored document of any shape into what the templates and documents print.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation

from internal_control.models import (
    Action,
    ActionRisk,
    ActionStatus,
    ActionUpdate,
    ControlActivity,
    ControlPlan,
    Risk,
    RiskAssessment,
    RiskAssignment,
    RiskGoal,
)
from internal_control.services.matrices import matrix_spec

# The shape of the stored document, raised when it changes; `readable` reads every shape.
# 1 (no "shape" key): an action's status was stored as the label of the day.
# 2: an action's status is its code, null when nobody has reported on it.
SHAPE = 2


def person_with_title(user: Any, title: str) -> str:
    """An owner as the plan prints it: name (role), or either alone."""
    if user is None:
        return title
    return f"{user} ({title})" if title else str(user)


def _latest(items: list[Any]) -> Any:
    return items[-1] if items else None


def plan_risks(plan: ControlPlan) -> list[Risk]:
    """The plan's risks with everything the views need, in a fixed number of queries."""
    return list(
        Risk.objects.filter(plan=plan)
        .select_related("owner")
        .prefetch_related(
            Prefetch(
                "assessments",
                queryset=RiskAssessment.objects.select_related(
                    "risk_class", "assessed_by"
                ).order_by("assessed_on", "pk"),
            ),
            Prefetch(
                "assignment_links",
                queryset=RiskAssignment.objects.select_related("assignment__goal").order_by(
                    "order", "pk"
                ),
            ),
            Prefetch("goal_links", queryset=RiskGoal.objects.select_related("goal")),
            Prefetch("action_links", queryset=ActionRisk.objects.select_related("action")),
        )
        .order_by("number")
    )


def build_plan_document(plan: ControlPlan) -> dict[str, Any]:
    risks = plan_risks(plan)
    actions = list(
        Action.objects.filter(plan=plan)
        .select_related("owner")
        .prefetch_related(
            Prefetch("updates", queryset=ActionUpdate.objects.order_by("reported_on", "pk")),
        )
        .order_by("number")
    )
    controls = list(
        ControlActivity.objects.filter(plan=plan).select_related("owner", "risk").order_by("number")
    )
    # Which risks each action is against, from the links already loaded with the risks.
    risk_numbers: dict[int, list[int]] = {}
    for risk in risks:
        for action_link in risk.action_links.all():
            risk_numbers.setdefault(action_link.action_id, []).append(risk.number)
    groups: dict[str, dict[str, Any]] = {}
    order: list[str] = []

    def group(title: str) -> dict[str, Any]:
        if title not in groups:
            groups[title] = {"goal": title, "assignments": {}, "risks": []}
            order.append(title)
        return groups[title]

    for risk in risks:
        links = list(risk.assignment_links.all())
        for link in links:
            assignment = link.assignment
            goal_title = str(assignment.goal.title) if assignment.goal else ""
            entry = group(goal_title)["assignments"].setdefault(
                assignment.pk,
                {"code": assignment.code, "text": assignment.text, "risks": []},
            )
            entry["risks"].append(risk.number)
        if not links:
            goal_titles = [str(g.goal) for g in risk.goal_links.all()] or [""]
            for title in goal_titles:
                group(title)["risks"].append(risk.number)

    return {
        "shape": SHAPE,
        "plan": {
            "title": plan.title,
            "year": plan.year,
            "unit": str(plan.unit),
            "case_number": plan.case_number,
        },
        "matrix": matrix_spec(plan.matrix),
        "groups": [
            {
                "goal": groups[t]["goal"],
                "assignments": list(groups[t]["assignments"].values()),
                "risks": groups[t]["risks"],
            }
            for t in order
        ],
        "risks": [_risk_data(risk) for risk in risks],
        "actions": [_action_data(action, risk_numbers) for action in actions],
        "controls": [
            {
                "number": c.number,
                "what": c.what,
                "method": c.method,
                "frequency": c.frequency,
                "owner": person_with_title(c.owner, c.owner_title),
                "reported_when": c.reported_when,
                "risk": c.risk.number if c.risk else None,
            }
            for c in controls
        ],
    }


def _risk_data(risk: Risk) -> dict[str, Any]:
    assessment = _latest(list(risk.assessments.all()))
    return {
        "id": risk.pk,
        "number": risk.number,
        "title": risk.title,
        "consequence": risk.consequence,
        "cause": risk.cause,
        "requirement_type": risk.requirement_type,
        "requirement_type_label": risk.get_requirement_type_display()
        if risk.requirement_type
        else "",
        "priority": risk.priority,
        "treatment": risk.get_treatment_display() if risk.treatment else "",
        "owner": person_with_title(risk.owner, risk.owner_title),
        "stated_score": risk.stated_score,
        "assessment": None
        if assessment is None
        else {
            "assessed_on": assessment.assessed_on.isoformat(),
            "probability": assessment.probability,
            "severity": assessment.severity,
            "score": assessment.score,
            "class": assessment.risk_class.code,
            "response": assessment.risk_class.response,
            "colour": assessment.risk_class.colour,
            "rank": assessment.risk_class.rank,
        },
        "actions": sorted(link.action.number for link in risk.action_links.all()),
    }


def _action_data(action: Action, risk_numbers: dict[int, list[int]]) -> dict[str, Any]:
    update = _latest(list(action.updates.all()))
    return {
        "id": action.pk,
        "number": action.number,
        "title": action.title,
        "owner": person_with_title(action.owner, action.owner_title),
        "deadline": action.deadline.isoformat() if action.deadline else None,
        "status": action.status or None,
        "risks": sorted(risk_numbers.get(action.pk, [])),
        "comment": update.comment if update else "",
        "comment_date": update.reported_on.isoformat() if update else None,
    }


def readable(document: dict[str, Any]) -> dict[str, Any]:
    """A stored plan document, of this shape or an older one, as the templates print it."""
    shape = document.get("shape", 1)
    return document | {"actions": [_read_action(action, shape) for action in document["actions"]]}


def _read_action(action: dict[str, Any], shape: int) -> dict[str, Any]:
    if shape >= 2:
        label = str(ActionStatus(action["status"] or ActionStatus.NOT_REPORTED).label)
    elif action["comment_date"] is None and action["status"] in _default_status_labels():
        # Shape 1 printed the default status of an action nobody had reported on.
        label = str(ActionStatus.NOT_REPORTED.label)
    else:
        label = action["status"]
    return action | {"status_label": label}


def _default_status_labels() -> set[str]:
    """The label the old default status had, in every language a snapshot was made in."""
    labels = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels.add(str(ActionStatus.PLANNED.label))
    return labels
