"""The internal control plan as the committee reads it, as plain data.

The same structure is shown for the plan as of today and stored as the snapshot of the
plan as adopted, so that both are rendered by one template and the adopted version stays
exactly as it was. A risk or action shared by several assignments is held once and
referred to by number.

An action's status is stored as its code, so that it reads in the viewer's language;
`readable` turns a stored document of any shape into what the templates and documents print.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext as _

from chapters.services import chapters_data
from internal_control.chapter_documents import CONTROL_PLAN, plan_owner
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
from internal_control.services.categories import categories_of, heading_of
from internal_control.services.matrices import matrix_spec

# The shape of the stored document, raised when it changes; `readable` reads every shape.
# 1 (no "shape" key): an action's status was stored as the label of the day.
# 2: an action's status is its code, null when nobody has reported on it; goal areas,
#    assignments, risks and actions are in the plan's own order, and each assignment and
#    group gives the actions printed under each of its risks (`actions`, keyed by the risk's
#    number as a string), since one risk can have other actions under another assignment.
# 3: "plan" gives "category_heading", the organisation's word for its risk categories, and
#    a risk's "requirement_type_label" its category's code and name as the organisation
#    wrote them (empty heading: the organisation has not named the list); a risk gives
#    "ended_on" and "end_reason" (null and empty for a risk that applies), and so does a
#    control activity.
# 4: "chapters" gives the plan's chapters of text as written (place, level, heading, text);
#    an older shape has none.
SHAPE = 4


def person_with_title(user: Any, title: str) -> str:
    """An owner as the plan prints it: name (role), or either alone."""
    if user is None:
        return title
    return f"{user} ({title})" if title else str(user)


def distinct_actions(links: Any) -> list[Action]:
    """The actions of a risk's links, each once, in the risk's order: an action can be
    linked to the risk under several assignments."""
    return list({link.action_id: link.action for link in links}.values())


def _latest(items: list[Any]) -> Any:
    return items[-1] if items else None


def plan_risks(plan: ControlPlan) -> list[Risk]:
    """The plan's risks with everything the views need, in a fixed number of queries."""
    return list(
        Risk.objects.filter(plan=plan)
        .select_related("owner", "unit")
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
            Prefetch(
                "goal_links",
                queryset=RiskGoal.objects.select_related("goal").order_by("order", "pk"),
            ),
            Prefetch(
                "action_links",
                queryset=ActionRisk.objects.select_related("action").order_by("order", "pk"),
            ),
            Prefetch("controls", queryset=ControlActivity.objects.order_by("number")),
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
    groups = _groups(risks)
    by_number = {risk.number: risk for risk in risks}
    # Every risk is in a group: the risks in the order the plan prints them first, each with
    # its actions in the order printed, and each action's risks in that order.
    printed = _distinct(n for g in groups for n in _numbers_in(g))
    risk_actions = {n: _distinct(a for g in groups for a in _actions_in(g, n)) for n in printed}
    categories = {code: str(c) for code, c in categories_of(plan.unit.region_id).items()}
    risk_numbers: dict[int, list[int]] = {}
    for number in printed:
        for action_number in risk_actions[number]:
            risk_numbers.setdefault(action_number, []).append(number)

    return {
        "shape": SHAPE,
        "plan": {
            "title": plan.title,
            "year": plan.year,
            "unit": str(plan.unit),
            "case_number": plan.case_number,
            "category_heading": heading_of(plan.unit.region_id),
        },
        "matrix": matrix_spec(plan.matrix),
        "chapters": chapters_data(CONTROL_PLAN, plan_owner(plan)),
        "groups": groups,
        "risks": [_risk_data(by_number[n], risk_actions[n], categories) for n in printed],
        "actions": [_action_data(action, risk_numbers) for action in actions],
        "controls": [
            {
                "id": c.pk,
                "number": c.number,
                "what": c.what,
                "method": c.method,
                "frequency": c.frequency,
                "owner": person_with_title(c.owner, c.owner_title),
                "reported_when": c.reported_when,
                "risk": c.risk.number if c.risk else None,
                "ended_on": c.ended_on.isoformat() if c.ended_on else None,
                "end_reason": c.end_reason,
            }
            for c in controls
        ],
    }


def _groups(risks: list[Risk]) -> list[dict[str, Any]]:
    """Goal areas in their order, each with its assignments in their order and the risks under
    each as the plan lists them, with the actions the plan prints under each risk there."""
    groups: dict[int | None, dict[str, Any]] = {}

    def group(goal: Any, title: str) -> dict[str, Any]:
        key = goal.pk if goal is not None else None
        if key not in groups:
            place = (0, goal.order, goal.pk) if goal is not None else (1, 0, 0)
            groups[key] = {"place": place, "goal": title, "assignments": {}, "risks": []}
        return groups[key]

    for risk in risks:
        links = list(risk.assignment_links.all())
        for link in links:
            assignment = link.assignment
            goal = assignment.goal
            entry = group(goal, str(goal.title) if goal else "")["assignments"].setdefault(
                assignment.pk,
                {
                    "place": (assignment.order, assignment.code, assignment.pk),
                    "code": assignment.code,
                    "text": assignment.text,
                    "risks": [],
                },
            )
            actions = [
                a for a in risk.action_links.all() if a.assignment_id in (None, assignment.pk)
            ]
            entry["risks"].append(((link.order, risk.number), risk.number, actions))
        if not links:
            goal_links = list(risk.goal_links.all())
            for goal_link in goal_links:
                place = (goal_link.order, risk.number)
                group(goal_link.goal, str(goal_link.goal))["risks"].append(
                    (place, risk.number, list(risk.action_links.all()))
                )
            if not goal_links:
                group(None, "")["risks"].append(
                    ((0, risk.number), risk.number, list(risk.action_links.all()))
                )
    return [
        {
            "goal": g["goal"],
            "assignments": [
                {"code": a["code"], "text": a["text"]} | _listed(a["risks"])
                for a in sorted(g["assignments"].values(), key=lambda a: a["place"])
            ],
        }
        | _listed(g["risks"])
        for g in sorted(groups.values(), key=lambda g: g["place"])
    ]


def _listed(entries: list[tuple[Any, int, list[ActionRisk]]]) -> dict[str, Any]:
    """Risk numbers in their place, and the actions under each (keys are strings in JSON)."""
    entries = sorted(entries, key=lambda e: e[0])
    return {
        "risks": [number for _place, number, _links in entries],
        "actions": {str(number): _action_numbers(links) for _place, number, links in entries},
    }


def _action_numbers(links: Any) -> list[int]:
    return _distinct(link.action.number for link in sorted(links, key=lambda x: (x.order, x.pk)))


def _distinct(numbers: Any) -> list[int]:
    return list(dict.fromkeys(numbers))


def _numbers_in(group: dict[str, Any]) -> list[int]:
    return [n for a in group["assignments"] for n in a["risks"]] + group["risks"]


def _actions_in(group: dict[str, Any], number: int) -> list[int]:
    key = str(number)
    found = [n for a in group["assignments"] for n in a["actions"].get(key, [])]
    return found + group["actions"].get(key, [])


def _risk_data(risk: Risk, actions: list[int], categories: dict[str, str]) -> dict[str, Any]:
    assessment = _latest(list(risk.assessments.all()))
    return {
        "id": risk.pk,
        "number": risk.number,
        "title": risk.title,
        "consequence": risk.consequence,
        "cause": risk.cause,
        "requirement_type": risk.requirement_type,
        "requirement_type_label": categories.get(risk.requirement_type, risk.requirement_type),
        "priority": risk.priority,
        "ended_on": risk.ended_on.isoformat() if risk.ended_on else None,
        "end_reason": risk.end_reason,
        "treatment": risk.get_treatment_display() if risk.treatment else "",
        "owner": person_with_title(risk.owner, risk.owner_title),
        # Where in the plan's unit the risk lies; empty for the plan's own unit.
        "unit": risk.unit.name if risk.unit is not None else "",
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
            "class_id": assessment.risk_class_id,
        },
        "actions": actions,
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
        "risks": risk_numbers.get(action.number, []),
        "comment": update.comment if update else "",
        "comment_date": update.reported_on.isoformat() if update else None,
    }


def readable(document: dict[str, Any]) -> dict[str, Any]:
    """A stored plan document, of this shape or an older one, as the templates print it:
    each group and assignment lists `entries`, a risk's number with the actions under it."""
    shape = document.get("shape", 1)
    risk_actions = {risk["number"]: risk["actions"] for risk in document["risks"]}

    def entries(part: dict[str, Any]) -> list[dict[str, Any]]:
        # Shape 1 printed every action of a risk wherever the risk was printed.
        under = part.get("actions", {})
        return [
            {"number": n, "actions": under.get(str(n), risk_actions.get(n, []))}
            for n in part["risks"]
        ]

    plan = document["plan"]
    # Before shape 3 the list had one fixed name, printed as the requirement type.
    heading = plan.get("category_heading") or (
        _("Risk category") if shape >= 3 else _("Requirement type")
    )
    return document | {
        "plan": plan | {"category_heading": heading},
        "chapters": document.get("chapters", []),
        "groups": [
            group
            | {
                "entries": entries(group),
                "assignments": [a | {"entries": entries(a)} for a in group["assignments"]],
            }
            for group in document["groups"]
        ],
        "actions": [
            _read_action(action, shape, _default_status_labels()) for action in document["actions"]
        ],
    }


def _read_action(action: dict[str, Any], shape: int, defaults: set[str]) -> dict[str, Any]:
    if shape >= 2:
        label = str(ActionStatus(action["status"] or ActionStatus.NOT_REPORTED).label)
    elif action["comment_date"] is None and action["status"] in defaults:
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
