"""Writes to a review and its answer letter: the review itself and its signatories."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from audit.attribution import attributed
from audit.concurrency import save_versioned
from committee.access import review_policy, signatory_policy
from committee.models import AuditReview, Signatory
from organisation.models import Unit

REVIEW_FIELDS = (
    "title",
    "auditors",
    "reviewed_on",
    "overall_assessment",
    "case_number",
    "answer_title",
    "answer_due_on",
    "answered_on",
    "addressee",
    "handled_by",
    "handled_by_unit",
    "introduction",
    "closing",
    "signed_for",
)
SIGNATORY_FIELDS = ("name", "title", "order")


def _only(fields: tuple[str, ...], values: dict[str, Any], what: str) -> None:
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"Not {what} fields: {sorted(unknown)}")


def create_review(actor: Any, unit: Unit, **values: Any) -> AuditReview:
    """A review answered by `unit`, which the person must be able to write in."""
    if not review_policy.can_create_in(actor, unit):
        raise PermissionDenied
    _only(REVIEW_FIELDS, values, "review")
    review = attributed(AuditReview(unit=unit, **values), actor)
    review.full_clean()
    review.save()
    return review


def update_review(
    actor: Any, review: AuditReview, expected_version: int | None, **values: Any
) -> AuditReview:
    if not review_policy.can_change(actor, review):
        raise PermissionDenied
    _only(REVIEW_FIELDS, values, "review")
    return save_versioned(review, expected_version, values, actor=actor)  # type: ignore[return-value]


@transaction.atomic
def add_signatory(
    actor: Any, review: AuditReview, *, name: str, title: str = "", order: int | None = None
) -> Signatory:
    if not review_policy.can_change(actor, review):
        raise PermissionDenied
    if order is None:
        last = review.signatories.order_by("-order").values_list("order", flat=True).first()
        order = (last or 0) + 1
    signatory = attributed(Signatory(review=review, name=name, title=title, order=order), actor)
    signatory.full_clean()
    signatory.save()
    return signatory


def update_signatory(
    actor: Any, signatory: Signatory, expected_version: int | None, **values: Any
) -> Signatory:
    if not signatory_policy.can_change(actor, signatory):
        raise PermissionDenied
    _only(SIGNATORY_FIELDS, values, "signatory")
    return save_versioned(signatory, expected_version, values, actor=actor)  # type: ignore[return-value]


def remove_signatory(actor: Any, signatory: Signatory) -> None:
    """The signatory leaves the letter; the history keeps who it was."""
    if not signatory_policy.can_change(actor, signatory):
        raise PermissionDenied
    attributed(signatory, actor).delete()
