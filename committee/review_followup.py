"""A review as its pages and documents read it: each recommendation with its answer, what
was promised, what was done (the dated reports) and what remains.

One fixed set of queries whatever the number of recommendations, promised measures and
reports: the recommendations, their promised measures with owners, the reports with who
made them, one query per kind of link, and the signatories.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from committee.checks import DONE, FINISHED
from committee.models import (
    AuditReview,
    PromisedMeasure,
    PromiseReport,
    Recommendation,
    RecommendationStatus,
    Signatory,
)
from economy.models import Measure, Programme
from internal_control.models import Action
from planning.models import Assignment


@dataclass(frozen=True)
class PromiseFollowUp:
    promise: PromisedMeasure
    position: int  # counted from 1 within its recommendation
    reports: list[PromiseReport]  # oldest first

    @property
    def latest(self) -> PromiseReport | None:
        return self.reports[-1] if self.reports else None

    @property
    def finished(self) -> bool:
        return self.promise.status in FINISHED

    @property
    def status_label(self) -> str:
        if not self.promise.status:
            return pgettext("promised measure", "Not reported")
        return str(self.promise.get_status_display())

    @property
    def owner_label(self) -> str:
        owner = self.promise.owner
        names = [owner.get_full_name() or owner.username] if owner else []
        if self.promise.owner_title:
            names.append(self.promise.owner_title)
        return ", ".join(names)

    @property
    def links(self) -> list[tuple[str, list[str]]]:
        """What the promise is carried out through, by kind, for reading."""
        promise = self.promise
        kinds = [
            (_("Programmes"), [p.name for p in promise.programmes.all()]),
            (
                _("Measures for a balanced economy"),
                [str(m) for m in promise.economy_measures.all()],
            ),
            (
                _("Actions of the internal control plan"),
                [_action_label(a) for a in promise.actions.all()],
            ),
            (_("Assignments"), [str(a) for a in promise.assignments.all()]),
        ]
        return [(kind, names) for kind, names in kinds if names]


def _action_label(action: Action) -> str:
    plan = f"{action.plan.title}: " if action.plan else ""
    return f"{plan}{_('Action')} {action.number}. {action.title}"


@dataclass(frozen=True)
class DatedReport:
    report: PromiseReport
    promise: PromiseFollowUp


@dataclass(frozen=True)
class RecommendationFollowUp:
    recommendation: Recommendation
    promises: list[PromiseFollowUp]

    @property
    def closed(self) -> bool:
        return self.recommendation.status == RecommendationStatus.CLOSED

    @property
    def remaining(self) -> list[PromiseFollowUp]:
        return [p for p in self.promises if not p.finished]

    @property
    def done_count(self) -> int:
        return sum(1 for p in self.promises if p.promise.status == DONE)

    @property
    def reports(self) -> list[DatedReport]:
        """Every report on the recommendation's promised measures, in date order."""
        dated = [DatedReport(r, p) for p in self.promises for r in p.reports]
        return sorted(dated, key=lambda d: (d.report.reported_on, d.report.pk))


@dataclass
class ReviewFollowUp:
    review: AuditReview
    recommendations: list[RecommendationFollowUp]
    signatories: list[Signatory] = field(default_factory=list)

    @property
    def closed_count(self) -> int:
        return sum(1 for r in self.recommendations if r.closed)

    @property
    def promise_count(self) -> int:
        return sum(len(r.promises) for r in self.recommendations)

    @property
    def done_count(self) -> int:
        return sum(r.done_count for r in self.recommendations)


def with_promises(recommendations: QuerySet[Recommendation]) -> QuerySet[Recommendation]:
    """The recommendations with everything their pages and documents show, prefetched."""
    reports = PromiseReport.objects.select_related("reported_by").order_by("reported_on", "pk")
    promises = (
        PromisedMeasure.objects.select_related("owner")
        .prefetch_related(
            Prefetch("reports", queryset=reports),
            Prefetch("programmes", queryset=Programme.objects.order_by("order", "pk")),
            Prefetch("economy_measures", queryset=Measure.objects.order_by("number")),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related("plan").order_by("plan__year", "number"),
            ),
            Prefetch("assignments", queryset=Assignment.objects.order_by("order", "code")),
        )
        .order_by("order", "pk")
    )
    return recommendations.prefetch_related(Prefetch("promises", queryset=promises)).order_by(
        "number"
    )


def recommendation_followup(recommendation: Recommendation) -> RecommendationFollowUp:
    return RecommendationFollowUp(
        recommendation,
        [
            PromiseFollowUp(promise, position, list(promise.reports.all()))
            for position, promise in enumerate(recommendation.promises.all(), start=1)
        ],
    )


def review_followup(review: AuditReview) -> ReviewFollowUp:
    return ReviewFollowUp(
        review,
        [recommendation_followup(r) for r in with_promises(review.recommendations.all())],
        list(review.signatories.order_by("order", "pk")),
    )
