"""Checks of an answer to the auditors and its follow-up: plain functions over plain facts.

They catch what the auditors would ask about: a recommendation left without an answer, a
promised measure without an owner or a deadline, one past its deadline and not done, and
a recommendation whose promised measures are all done but that the auditors have not yet
closed. A recommendation the auditors closed is not checked further. Each finding is a
code with its parameters; `committee.warnings` words them for people.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

DONE = "done"
# A promised measure that is done or cancelled has nothing left to do.
FINISHED = frozenset({"done", "cancelled"})

# Most serious first, so that the review's page leads with what matters.
CODE_ORDER = [
    "answer_missing",
    "deadline_passed",
    "owner_missing",
    "deadline_missing",
    "ready_to_close",
]


@dataclass(frozen=True)
class PromiseFacts:
    position: int  # counted from 1 within its recommendation
    has_owner: bool
    deadline: datetime.date | None
    status: str  # "" until someone reports


@dataclass(frozen=True)
class RecommendationFacts:
    number: int
    has_answer: bool
    closed: bool
    promises: tuple[PromiseFacts, ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    recommendation: int
    promise: int | None = None
    params: dict[str, object] = field(default_factory=dict)


def check_promise(number: int, promise: PromiseFacts, today: datetime.date) -> list[Finding]:
    if promise.status in FINISHED:
        return []
    findings = []
    if not promise.has_owner:
        findings.append(Finding("owner_missing", number, promise.position))
    if promise.deadline is None:
        findings.append(Finding("deadline_missing", number, promise.position))
    elif promise.deadline < today:
        findings.append(
            Finding(
                "deadline_passed", number, promise.position, params={"deadline": promise.deadline}
            )
        )
    return findings


def ready_to_close(recommendation: RecommendationFacts) -> bool:
    """Every promised measure is finished and at least one was done."""
    statuses = [p.status for p in recommendation.promises]
    return bool(statuses) and all(s in FINISHED for s in statuses) and DONE in statuses


def check_recommendation(
    recommendation: RecommendationFacts, today: datetime.date
) -> list[Finding]:
    findings = []
    if not recommendation.has_answer:
        findings.append(Finding("answer_missing", recommendation.number))
    if recommendation.closed:
        return findings
    for promise in recommendation.promises:
        findings.extend(check_promise(recommendation.number, promise, today))
    if ready_to_close(recommendation):
        findings.append(Finding("ready_to_close", recommendation.number))
    return findings


def check_review(recommendations: list[RecommendationFacts], today: datetime.date) -> list[Finding]:
    findings: list[Finding] = []
    for recommendation in recommendations:
        findings.extend(check_recommendation(recommendation, today))
    findings.sort(key=lambda f: (CODE_ORDER.index(f.code), f.recommendation, f.promise or 0))
    return findings
