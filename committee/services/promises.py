"""Writes to promised measures: what the committee promised, what it is carried out
through, and the dated reports on it by its owner or the body's controllers."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from committee.access import promise_policy, recommendation_policy
from committee.models import (
    PromiseAction,
    PromiseAssignment,
    PromisedMeasure,
    PromiseEconomyMeasure,
    PromiseProgramme,
    PromiseReport,
    Recommendation,
)

PROMISE_FIELDS = ("text", "owner", "owner_title", "deadline", "order")
# Link name -> (link model, its field naming the linked object).
LINKS: dict[str, tuple[type[models.Model], str]] = {
    "economy_measures": (PromiseEconomyMeasure, "measure"),
    "programmes": (PromiseProgramme, "programme"),
    "actions": (PromiseAction, "action"),
    "assignments": (PromiseAssignment, "assignment"),
}


def _check_values(recommendation: Recommendation, values: dict[str, Any]) -> None:
    owner = values.get("owner")
    region_id = recommendation.review.unit.region_id
    if owner is not None and owner.region_id != region_id:
        raise ValidationError({"owner": _("Choose a person of the body's region.")})


def _check_links(recommendation: Recommendation, links: dict[str, list[Any]]) -> None:
    """Everything a promise is carried out through belongs to the body or a unit under it."""
    body = recommendation.review.unit
    errors = {}
    for name, objects in links.items():
        if any(not obj.unit.path.startswith(body.path) for obj in objects):
            errors[name] = _("Choose only what belongs to %(body)s or a unit under it.") % {
                "body": body
            }
    if errors:
        raise ValidationError(errors)


def _set_links(actor: Any, promise: PromisedMeasure, links: dict[str, list[Any]]) -> None:
    """Make each named link set the given one: new links are added, dropped ones removed."""
    for name, objects in links.items():
        model, field = LINKS[name]
        wanted = {obj.pk: obj for obj in objects}
        current = {
            getattr(link, f"{field}_id"): link
            for link in model._default_manager.filter(promise=promise)
        }
        for pk, link in current.items():
            if pk not in wanted:
                attributed(link, actor).delete()
        for pk, obj in wanted.items():
            if pk not in current:
                attributed(model(promise=promise, **{field: obj}), actor).save()


def _split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    links = {name: list(values.pop(name)) for name in list(values) if name in LINKS}
    unknown = set(values) - set(PROMISE_FIELDS)
    if unknown:
        raise TypeError(f"Not promised measure fields: {sorted(unknown)}")
    return values, links


@transaction.atomic
def create_promise(actor: Any, recommendation: Recommendation, **values: Any) -> PromisedMeasure:
    """A measure promised in the answer to `recommendation`, last unless `order` is given.

    Links are given by name (`programmes=[…]`, `actions=[…]`, …); there is no status until
    someone reports on it.
    """
    if not recommendation_policy.can_change(actor, recommendation):
        raise PermissionDenied
    fields, links = _split(values)
    _check_values(recommendation, fields)
    _check_links(recommendation, links)
    if fields.get("order") is None:
        last = recommendation.promises.order_by("-order").values_list("order", flat=True).first()
        fields["order"] = (last or 0) + 1
    promise = attributed(PromisedMeasure(recommendation=recommendation, **fields), actor)
    promise.full_clean()
    promise.save()
    _set_links(actor, promise, links)
    return promise


@transaction.atomic
def update_promise(
    actor: Any, promise: PromisedMeasure, expected_version: int | None, **values: Any
) -> PromisedMeasure:
    """Change the promise and, for each link named, set what it is carried out through.

    The promise's version grows with every change, its links' too, so that a person who
    edits it meanwhile is told.
    """
    if not promise_policy.can_change(actor, promise):
        raise PermissionDenied
    fields, links = _split(values)
    _check_values(promise.recommendation, fields)
    _check_links(promise.recommendation, links)
    saved: PromisedMeasure = save_versioned(promise, expected_version, fields, actor=actor)  # type: ignore[assignment]
    _set_links(actor, saved, links)
    return saved


@transaction.atomic
def report_on_promise(
    actor: Any,
    promise: PromisedMeasure,
    *,
    status: str,
    comment: str,
    reported_on: datetime.date | None = None,
) -> PromiseReport:
    """A dated report: the status and what was done. The promise takes the status of its
    latest report by date."""
    if not promise_policy.can_report(actor, promise):
        raise PermissionDenied
    if not comment.strip():
        raise ValidationError({"comment": _("Write what was done.")})
    reported_on = reported_on or timezone.localdate()
    if reported_on > timezone.localdate():
        raise ValidationError({"reported_on": _("A report cannot be dated in the future.")})
    report = attributed(
        PromiseReport(
            promise=promise,
            reported_on=reported_on,
            status=status,
            comment=comment,
            reported_by=history_user_of(actor),
        ),
        actor,
    )
    report.full_clean()
    report.save()
    latest = promise.reports.order_by("-reported_on", "-pk").first()
    assert latest is not None
    if promise.status != latest.status:
        save_versioned(promise, None, {"status": latest.status}, actor=actor)
    return report
