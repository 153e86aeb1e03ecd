"""Writes to recommendations: the auditors' text, the committee's answer, and the auditors'
closing of a recommendation once its promises are kept."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from committee.access import recommendation_policy, review_policy
from committee.models import AuditReview, Recommendation, RecommendationStatus

RECOMMENDATION_FIELDS = ("number", "text", "answer")


def _check_number(review: AuditReview, number: int, own_pk: int | None = None) -> None:
    taken = Recommendation.objects.filter(review=review, number=number)
    if own_pk is not None:
        taken = taken.exclude(pk=own_pk)
    if taken.exists():
        raise ValidationError(
            {
                "number": _("The review already has a recommendation %(number)s.")
                % {"number": number}
            }
        )


@transaction.atomic
def add_recommendation(
    actor: Any, review: AuditReview, *, text: str, answer: str = "", number: int | None = None
) -> Recommendation:
    """The next recommendation of the review, or the one numbered `number`."""
    if not review_policy.can_change(actor, review):
        raise PermissionDenied
    if number is None:
        last = review.recommendations.order_by("-number").values_list("number", flat=True).first()
        number = (last or 0) + 1
    _check_number(review, number)
    recommendation = attributed(
        Recommendation(review=review, number=number, text=text, answer=answer), actor
    )
    recommendation.full_clean()
    recommendation.save()
    return recommendation


def update_recommendation(
    actor: Any, recommendation: Recommendation, expected_version: int | None, **values: Any
) -> Recommendation:
    if not recommendation_policy.can_change(actor, recommendation):
        raise PermissionDenied
    unknown = set(values) - set(RECOMMENDATION_FIELDS)
    if unknown:
        raise TypeError(f"Not recommendation fields: {sorted(unknown)}")
    if "number" in values:
        _check_number(recommendation.review, values["number"], recommendation.pk)
    return save_versioned(recommendation, expected_version, values, actor=actor)  # type: ignore[return-value]


def close_recommendation(
    actor: Any,
    recommendation: Recommendation,
    expected_version: int | None,
    *,
    closed_on: datetime.date,
    closing_note: str = "",
) -> Recommendation:
    """Record that the auditors closed the recommendation, on which date and with what note."""
    if not recommendation_policy.can_change(actor, recommendation):
        raise PermissionDenied
    answered_on = recommendation.review.answered_on
    if answered_on is not None and closed_on < answered_on:
        raise ValidationError(
            {
                "closed_on": _(
                    "The auditors close a recommendation after it was answered (%(date)s)."
                )
                % {"date": answered_on.isoformat()}
            }
        )
    values = {
        "status": RecommendationStatus.CLOSED,
        "closed_on": closed_on,
        "closing_note": closing_note,
    }
    return save_versioned(recommendation, expected_version, values, actor=actor)  # type: ignore[return-value]
