"""The warnings of a plan, worded for people, from the facts in the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from internal_control.checks import ActionFacts, Finding, RiskFacts, check_plan
from internal_control.models import Action, ActionStatus, ControlPlan, Risk

CLOSED = {ActionStatus.DONE, ActionStatus.CANCELLED}
# Most serious first, so that the plan's page and documents lead with what matters.
CODE_ORDER = [
    "action_missing",
    "score_mismatch",
    "assessment_incomplete",
    "treatment_missing",
    "deadline_passed",
    "owner_missing",
    "deadline_missing",
]


@dataclass(frozen=True)
class PlanWarning:
    code: str
    message: str
    url: str


def _message(finding: Finding) -> str:
    p = finding.params
    texts = {
        "score_mismatch": _(
            "Risk %(risk)s: the stated score %(stated)s does not follow from the matrix: "
            "%(probability)s %(sign)s %(severity)s = %(computed)s."
        ),
        "assessment_incomplete": _("Risk %(risk)s: the assessment lacks probability or severity."),
        "treatment_missing": _("Risk %(risk)s has no treatment (accept, reduce or eliminate)."),
        "action_missing": _("Risk %(risk)s is %(class)s but has no action or control.")
        if p.get("control_answers")
        else _("Risk %(risk)s is %(class)s but has no action."),
        "owner_missing": _("Action %(action)s has no owner."),
        "deadline_missing": _("Action %(action)s has no deadline."),
        "deadline_passed": _("Action %(action)s is past its deadline %(deadline)s."),
    }
    values = {"risk": finding.risk, "action": finding.action, **p}
    return texts[finding.code] % values


def plan_warnings(
    plan: ControlPlan,
    risks: list[Risk],
    actions: list[Action],
    today: datetime.date | None = None,
) -> list[PlanWarning]:
    """Warnings for a plan whose risks come with assessments and action links prefetched."""
    uses_treatment = any(r.treatment for r in risks)
    scoring = plan.matrix.scoring
    risk_facts = []
    risk_urls = {}
    for risk in risks:
        if risk.is_ended:  # a risk that no longer applies asks for nothing more
            continue
        assessments = list(risk.assessments.all())
        last = assessments[-1] if assessments else None
        risk_urls[risk.number] = risk.get_absolute_url()
        risk_facts.append(
            RiskFacts(
                number=risk.number,
                treatment=risk.treatment,
                stated_score=risk.stated_score,
                probability=last.probability if last else None,
                severity=last.severity if last else None,
                class_code=last.risk_class.code if last else None,
                class_requires_action=bool(last and last.risk_class.requires_action),
                action_numbers=tuple(link.action.number for link in risk.action_links.all()),
                uses_treatment=uses_treatment,
                class_control_answers=bool(last and last.risk_class.control_answers),
                control_numbers=tuple(c.number for c in risk.controls.all()),
                scoring=scoring,
            )
        )
    action_urls = {a.number: a.get_absolute_url() for a in actions}
    action_facts = [
        ActionFacts(
            number=a.number,
            has_owner=a.owner_id is not None or bool(a.owner_title),
            deadline=a.deadline,
            closed=a.status in CLOSED,
        )
        for a in actions
    ]
    findings = check_plan(risk_facts, action_facts, today or timezone.localdate())
    findings.sort(key=lambda f: CODE_ORDER.index(f.code))
    return [
        PlanWarning(
            f.code,
            _message(f),
            risk_urls.get(f.risk, "") if f.risk is not None else action_urls.get(f.action or 0, ""),
        )
        for f in findings
    ]
