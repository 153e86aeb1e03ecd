"""Checks of an internal control plan: plain functions over plain facts.

They catch what real plans contain: a stated score that does not follow from the matrix,
a risk without treatment, a risk in a class that requires action but has none, an action
without owner or deadline, a deadline passed. Each finding is a code with its parameters;
`internal_control.warnings` words them for people.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from internal_control.scoring import combine


@dataclass(frozen=True)
class RiskFacts:
    number: int
    treatment: str
    stated_score: int | None
    probability: int | None
    severity: int | None
    class_code: str | None
    class_requires_action: bool
    action_numbers: tuple[int, ...]
    uses_treatment: bool = True
    class_control_answers: bool = False  # the class counts a control as its answer too
    control_numbers: tuple[int, ...] = ()
    scoring: str = "product"  # the matrix's rule: how the stated score should follow

    @property
    def is_answered(self) -> bool:
        """Whether the risk has the response its class asks for."""
        return bool(self.action_numbers) or (
            self.class_control_answers and bool(self.control_numbers)
        )


@dataclass(frozen=True)
class ActionFacts:
    number: int
    has_owner: bool
    deadline: datetime.date | None
    closed: bool


@dataclass(frozen=True)
class Finding:
    code: str
    risk: int | None = None
    action: int | None = None
    params: dict[str, object] = field(default_factory=dict)


def check_risk(risk: RiskFacts) -> list[Finding]:
    findings = []
    if risk.probability is None or risk.severity is None:
        findings.append(Finding("assessment_incomplete", risk=risk.number))
    elif risk.stated_score is not None and risk.stated_score != combine(
        risk.scoring, risk.probability, risk.severity
    ):
        findings.append(
            Finding(
                "score_mismatch",
                risk=risk.number,
                params={
                    "stated": risk.stated_score,
                    "probability": risk.probability,
                    "severity": risk.severity,
                    "sign": "+" if risk.scoring == "sum" else "×",
                    "computed": combine(risk.scoring, risk.probability, risk.severity),
                },
            )
        )
    if risk.uses_treatment and not risk.treatment:
        findings.append(Finding("treatment_missing", risk=risk.number))
    if risk.class_requires_action and not risk.is_answered:
        findings.append(
            Finding(
                "action_missing",
                risk=risk.number,
                params={"class": risk.class_code, "control_answers": risk.class_control_answers},
            )
        )
    return findings


def check_action(action: ActionFacts, today: datetime.date) -> list[Finding]:
    findings = []
    if not action.has_owner:
        findings.append(Finding("owner_missing", action=action.number))
    if action.deadline is None:
        if not action.closed:
            findings.append(Finding("deadline_missing", action=action.number))
    elif action.deadline < today and not action.closed:
        findings.append(
            Finding("deadline_passed", action=action.number, params={"deadline": action.deadline})
        )
    return findings


def check_plan(
    risks: list[RiskFacts], actions: list[ActionFacts], today: datetime.date
) -> list[Finding]:
    findings: list[Finding] = []
    for risk in risks:
        findings.extend(check_risk(risk))
    for action in actions:
        findings.extend(check_action(action, today))
    return findings
