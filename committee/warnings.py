"""The warnings of an answer to the auditors, worded for people, from its follow-up."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from committee.checks import Finding, PromiseFacts, RecommendationFacts, check_review
from committee.models import RecommendationStatus
from committee.review_followup import RecommendationFollowUp


@dataclass(frozen=True)
class ReviewWarning:
    code: str
    message: str
    url: str


def _message(finding: Finding) -> str:
    texts = {
        "answer_missing": _("Recommendation %(recommendation)s has no answer."),
        "deadline_passed": _(
            "Recommendation %(recommendation)s, measure %(promise)s is past its deadline "
            "%(deadline)s and not done."
        ),
        "owner_missing": _("Recommendation %(recommendation)s, measure %(promise)s has no owner."),
        "deadline_missing": _(
            "Recommendation %(recommendation)s, measure %(promise)s has no deadline."
        ),
        "ready_to_close": _(
            "Recommendation %(recommendation)s: every promised measure is done, but the "
            "auditors have not closed it."
        ),
    }
    return texts[finding.code] % {
        "recommendation": finding.recommendation,
        "promise": finding.promise,
        **finding.params,
    }


def facts_of(followup: RecommendationFollowUp) -> RecommendationFacts:
    recommendation = followup.recommendation
    return RecommendationFacts(
        number=recommendation.number,
        has_answer=bool(recommendation.answer.strip()),
        closed=recommendation.status == RecommendationStatus.CLOSED,
        promises=tuple(
            PromiseFacts(
                position=p.position,
                has_owner=p.promise.owner_id is not None or bool(p.promise.owner_title.strip()),
                deadline=p.promise.deadline,
                status=p.promise.status,
            )
            for p in followup.promises
        ),
    )


def review_warnings(
    recommendations: list[RecommendationFollowUp], today: datetime.date | None = None
) -> list[ReviewWarning]:
    by_number = {r.recommendation.number: r for r in recommendations}
    findings = check_review([facts_of(r) for r in recommendations], today or timezone.localdate())
    warnings = []
    for finding in findings:
        followup = by_number[finding.recommendation]
        recommendation = followup.recommendation
        url = recommendation.get_absolute_url()
        if finding.promise is not None:
            url += f"#atgard-{followup.promises[finding.promise - 1].promise.pk}"
        elif finding.code == "ready_to_close":
            url = reverse("committee:recommendation_close", args=[recommendation.pk])
        warnings.append(ReviewWarning(finding.code, _message(finding), url))
    return warnings
