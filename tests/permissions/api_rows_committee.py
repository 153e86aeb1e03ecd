"""API rows: the auditors' reviews, recommendations, promised measures and their reports."""

from __future__ import annotations

from committee.models import AuditReview, PromiseReport, Recommendation
from tests.permissions.expect import CREATED, OK, ApiRow, api, codes, editors, in_region
from tests.permissions.world import PermWorld, fresh

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
EDIT_CREATED = api(editors(CREATED))
EDIT_SAVED = api(editors(OK))
OWN_CREATED = api(editors(CREATED, owner=CREATED))


def _review(w: PermWorld) -> dict[str, int]:
    return {"review_id": w.audit.review.pk}


def _first(w: PermWorld) -> dict[str, int]:
    return {"recommendation_id": w.audit.first.pk}


def _owned(w: PermWorld) -> dict[str, int]:
    return {"promise_id": w.audit.owned.pk}


ROWS = [
    ApiRow("GET", "/api/audits/reviews", EVERYONE),
    ApiRow(
        "POST",
        "/api/audits/reviews",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "title": "Granskning av ekonomisk strategi och planering",
            "auditors": "Regionens revisorer",
        },
        probe=lambda w: AuditReview.objects.count(),
    ),
    ApiRow("GET", "/api/audits/reviews/{review_id}", READ, params=_review),
    ApiRow(
        "PATCH",
        "/api/audits/reviews/{review_id}",
        EDIT_SAVED,
        params=_review,
        body=lambda w: {"version": fresh(w.audit.review).version, "case_number": "HSN/1641/2025"},
        probe=lambda w: fresh(w.audit.review).version,
    ),
    ApiRow("GET", "/api/audits/reviews/{review_id}/warnings", READ, params=_review),
    ApiRow("GET", "/api/audits/reviews/{review_id}/recommendations", READ, params=_review),
    ApiRow(
        "POST",
        "/api/audits/reviews/{review_id}/recommendations",
        EDIT_CREATED,
        params=_review,
        body=lambda w: {"text": "Säkerställ att uppföljningen sker systematiskt."},
        probe=lambda w: Recommendation.objects.count(),
    ),
    ApiRow("GET", "/api/audits/recommendations/{recommendation_id}", READ, params=_first),
    ApiRow(
        "PATCH",
        "/api/audits/recommendations/{recommendation_id}",
        EDIT_SAVED,
        params=_first,
        body=lambda w: {
            "version": fresh(w.audit.first).version,
            "answer": "Nämnden delar bedömningen.",
        },
        probe=lambda w: fresh(w.audit.first).version,
    ),
    ApiRow(
        "POST",
        "/api/audits/recommendations/{recommendation_id}/closing",
        EDIT_SAVED,
        params=_first,
        body=lambda w: {"version": fresh(w.audit.first).version, "closed_on": "2026-02-10"},
        probe=lambda w: fresh(w.audit.first).status,
    ),
    ApiRow("GET", "/api/audits/recommendations/{recommendation_id}/promises", READ, params=_first),
    ApiRow(
        "POST",
        "/api/audits/recommendations/{recommendation_id}/promises",
        EDIT_CREATED,
        params=_first,
        body=lambda w: {"text": "Utveckla indikatorer inom nämndens ansvarsområde."},
        probe=lambda w: fresh(w.audit.first).promises.count(),
    ),
    ApiRow("GET", "/api/audits/promises/{promise_id}", READ, params=_owned),
    ApiRow(
        "PATCH",
        "/api/audits/promises/{promise_id}",
        EDIT_SAVED,
        params=_owned,
        body=lambda w: {"version": fresh(w.audit.owned).version, "owner_title": "Ekonomichef"},
        probe=lambda w: fresh(w.audit.owned).version,
    ),
    ApiRow("GET", "/api/audits/promises/{promise_id}/reports", READ, params=_owned),
    ApiRow(
        "POST",
        "/api/audits/promises/{promise_id}/reports",
        OWN_CREATED,
        params=_owned,
        body=lambda w: {"status": "done", "comment": "Klart.", "reported_on": "2026-02-01"},
        probe=lambda w: PromiseReport.objects.filter(promise=w.audit.owned).count(),
    ),
]
