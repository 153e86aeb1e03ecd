"""Reviews, recommendations, promised measures and their reports through the API: the
pages' policies, services, version checks and history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status

from audit.api_refusals import refusals
from audit.api_types import Id
from committee.access import (
    promise_policy,
    promise_report_policy,
    recommendation_policy,
    review_policy,
)
from committee.api_schemas import (
    AuditClosingIn,
    AuditPromiseIn,
    AuditPromiseOut,
    AuditPromisePatch,
    AuditPromiseReportIn,
    AuditPromiseReportOut,
    AuditRecommendationIn,
    AuditRecommendationOut,
    AuditRecommendationPatch,
    AuditReviewIn,
    AuditReviewOut,
    AuditReviewPatch,
    AuditWarningOut,
)
from committee.models import AuditReview, PromisedMeasure, PromiseReport, Recommendation
from committee.review_followup import review_followup
from committee.services import promises as promise_services
from committee.services import recommendations as recommendation_services
from committee.services import reviews as review_services
from committee.warnings import review_warnings
from economy.models import Measure, Programme
from internal_control.models import Action
from organisation.access import get_visible_or_404, unit_policy, user_policy
from organisation.models import Unit, User
from planning.models import Assignment

router = Router()

# API field -> (service link name, model).
LINK_FIELDS: dict[str, tuple[str, type[models.Model]]] = {
    "programme_ids": ("programmes", Programme),
    "economy_measure_ids": ("economy_measures", Measure),
    "action_ids": ("actions", Action),
    "assignment_ids": ("assignments", Assignment),
}


def _reviews() -> Any:
    return AuditReview.objects.select_related("unit").prefetch_related("signatories")


def _promises() -> Any:
    return PromisedMeasure.objects.select_related("recommendation__review__unit").prefetch_related(
        "programme_links", "economy_measure_links", "action_links", "assignment_links"
    )


def promise_out(promise: PromisedMeasure) -> dict[str, Any]:
    return {
        "id": promise.pk,
        "recommendation_id": promise.recommendation_id,
        "text": promise.text,
        "owner_id": promise.owner_id,
        "owner_title": promise.owner_title,
        "deadline": promise.deadline,
        "status": promise.status,
        "order": promise.order,
        "programme_ids": sorted(link.programme_id for link in promise.programme_links.all()),
        "economy_measure_ids": sorted(
            link.measure_id for link in promise.economy_measure_links.all()
        ),
        "action_ids": sorted(link.action_id for link in promise.action_links.all()),
        "assignment_ids": sorted(link.assignment_id for link in promise.assignment_links.all()),
        "version": promise.version,
    }


def _reloaded(promise: PromisedMeasure) -> dict[str, Any]:
    return promise_out(_promises().get(pk=promise.pk))


def _owner(request: HttpRequest, owner_id: int | None) -> User | None:
    if owner_id is None:
        return None
    return get_visible_or_404(request.user, user_policy, User.objects.all(), owner_id)


@contextmanager
def _named_as_in_the_api() -> Iterator[None]:
    """A refusal of a link names the API's field (`action_ids`), not the service's."""
    try:
        yield
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            raise
        fields = {name: field for field, (name, _model) in LINK_FIELDS.items()}
        fields["owner"] = "owner_id"
        raise ValidationError(
            {fields.get(key, key): messages for key, messages in error.error_dict.items()}
        ) from error


def _links(values: dict[str, Any]) -> dict[str, list[Any]]:
    """The objects named by the link fields present in `values` (which loses those fields)."""
    links = {}
    for field, (name, model) in LINK_FIELDS.items():
        if field not in values:
            continue
        ids = set(values.pop(field))
        found = list(model._default_manager.select_related("unit").filter(pk__in=ids))
        if len(found) != len(ids):
            raise ValidationError({field: _("Some of these do not exist.")})
        links[name] = found
    return links


@router.get("/reviews", response=list[AuditReviewOut], summary="Reviews the caller can read")
def list_reviews(request: HttpRequest, unit_id: Id | None = None) -> Any:
    reviews = review_policy.scope(request.user, _reviews()).order_by("unit__path", "-pk")
    return list(reviews.filter(unit_id=unit_id) if unit_id else reviews)


@router.post("/reviews", response={201: AuditReviewOut, **refusals(403, 404)})
def create_review(request: HttpRequest, payload: AuditReviewIn) -> Status[Any]:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.unit_id)
    review = review_services.create_review(request.user, unit, **payload.dict(exclude={"unit_id"}))
    return Status(201, _reviews().get(pk=review.pk))


@router.get("/reviews/{review_id}", response=AuditReviewOut)
def get_review(request: HttpRequest, review_id: Id) -> AuditReview:
    return get_visible_or_404(request.user, review_policy, _reviews(), review_id)


@router.patch("/reviews/{review_id}", response={200: AuditReviewOut, **refusals(403, 409)})
def update_review(request: HttpRequest, review_id: Id, payload: AuditReviewPatch) -> Any:
    review = get_visible_or_404(request.user, review_policy, _reviews(), review_id, need="change")
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    review_services.update_review(request.user, review, payload.version, **values)
    return _reviews().get(pk=review.pk)


@router.get(
    "/reviews/{review_id}/warnings",
    response=list[AuditWarningOut],
    summary="What the review's follow-up lacks",
)
def get_warnings(request: HttpRequest, review_id: Id) -> Any:
    review = get_visible_or_404(request.user, review_policy, _reviews(), review_id)
    return review_warnings(review_followup(review).recommendations)


@router.get("/reviews/{review_id}/recommendations", response=list[AuditRecommendationOut])
def list_recommendations(request: HttpRequest, review_id: Id) -> Any:
    review = get_visible_or_404(request.user, review_policy, _reviews(), review_id)
    return list(review.recommendations.order_by("number"))


@router.post(
    "/reviews/{review_id}/recommendations",
    response={201: AuditRecommendationOut, **refusals(403)},
)
def create_recommendation(
    request: HttpRequest, review_id: Id, payload: AuditRecommendationIn
) -> Status[Recommendation]:
    review = get_visible_or_404(request.user, review_policy, _reviews(), review_id, need="change")
    recommendation = recommendation_services.add_recommendation(
        request.user, review, **payload.dict()
    )
    return Status(201, recommendation)


def _recommendation(request: HttpRequest, recommendation_id: int, need: str = "view") -> Any:
    return get_visible_or_404(
        request.user,
        recommendation_policy,
        Recommendation.objects.select_related("review__unit"),
        recommendation_id,
        need=need,
    )


@router.get("/recommendations/{recommendation_id}", response=AuditRecommendationOut)
def get_recommendation(request: HttpRequest, recommendation_id: Id) -> Recommendation:
    recommendation: Recommendation = _recommendation(request, recommendation_id)
    return recommendation


@router.patch(
    "/recommendations/{recommendation_id}",
    response={200: AuditRecommendationOut, **refusals(403, 409)},
)
def update_recommendation(
    request: HttpRequest, recommendation_id: Id, payload: AuditRecommendationPatch
) -> Recommendation:
    recommendation = _recommendation(request, recommendation_id, need="change")
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return recommendation_services.update_recommendation(
        request.user, recommendation, payload.version, **values
    )


@router.post(
    "/recommendations/{recommendation_id}/closing",
    response={200: AuditRecommendationOut, **refusals(403, 409)},
    summary="Record the auditors' closing of a recommendation",
)
def close_recommendation(
    request: HttpRequest, recommendation_id: Id, payload: AuditClosingIn
) -> Recommendation:
    recommendation = _recommendation(request, recommendation_id, need="change")
    return recommendation_services.close_recommendation(
        request.user,
        recommendation,
        payload.version,
        closed_on=payload.closed_on,
        closing_note=payload.closing_note,
    )


@router.get("/recommendations/{recommendation_id}/promises", response=list[AuditPromiseOut])
def list_promises(request: HttpRequest, recommendation_id: Id) -> Any:
    recommendation = _recommendation(request, recommendation_id)
    promises = _promises().filter(recommendation=recommendation).order_by("order", "pk")
    return [promise_out(p) for p in promises]


@router.post(
    "/recommendations/{recommendation_id}/promises",
    response={201: AuditPromiseOut, **refusals(403, 404)},
)
def create_promise(
    request: HttpRequest, recommendation_id: Id, payload: AuditPromiseIn
) -> Status[Any]:
    recommendation = _recommendation(request, recommendation_id, need="change")
    values = payload.dict(exclude={"owner_id"})
    links = _links(values)
    with _named_as_in_the_api():
        promise = promise_services.create_promise(
            request.user,
            recommendation,
            owner=_owner(request, payload.owner_id),
            **values,
            **links,
        )
    return Status(201, _reloaded(promise))


def _promise(request: HttpRequest, promise_id: int) -> PromisedMeasure:
    promise: PromisedMeasure = get_visible_or_404(
        request.user, promise_policy, _promises(), promise_id
    )
    return promise


@router.get("/promises/{promise_id}", response=AuditPromiseOut)
def get_promise(request: HttpRequest, promise_id: Id) -> Any:
    return promise_out(_promise(request, promise_id))


@router.patch(
    "/promises/{promise_id}",
    response={200: AuditPromiseOut, **refusals(403, 404, 409)},
)
def update_promise(request: HttpRequest, promise_id: Id, payload: AuditPromisePatch) -> Any:
    promise = get_visible_or_404(
        request.user, promise_policy, _promises(), promise_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    if "owner_id" in values:
        values["owner"] = _owner(request, values.pop("owner_id"))
    links = _links(values)
    with _named_as_in_the_api():
        promise_services.update_promise(request.user, promise, payload.version, **values, **links)
    return _reloaded(promise)


@router.get("/promises/{promise_id}/reports", response=list[AuditPromiseReportOut])
def list_reports(request: HttpRequest, promise_id: Id) -> Any:
    promise = _promise(request, promise_id)
    return list(
        promise_report_policy.scope(
            request.user, PromiseReport.objects.filter(promise=promise)
        ).order_by("reported_on", "pk")
    )


@router.post(
    "/promises/{promise_id}/reports",
    response={201: AuditPromiseReportOut, **refusals(403)},
    summary="Report on a promised measure (its owner or the body's controllers)",
)
def report_on_promise(
    request: HttpRequest, promise_id: Id, payload: AuditPromiseReportIn
) -> Status[PromiseReport]:
    promise = _promise(request, promise_id)
    report = promise_services.report_on_promise(request.user, promise, **payload.dict())
    return Status(201, report)
