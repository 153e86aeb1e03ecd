"""Page rows: the auditors' reviews the committee answers, their recommendations, promised
measures and reports, and the answer letter and follow-up report made from them.

Everyone of the region reads a review and its documents; the body's controllers and
administrators write; the owner of a promised measure reports on that measure only.
"""

from __future__ import annotations

from django.urls import reverse

from committee.models import AuditReview, PromisedMeasure, Recommendation, Signatory
from reports.models import DocumentJob
from tests.permissions.expect import (
    FOUND,
    OK,
    SEE_OTHER,
    Expected,
    Row,
    Url,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = codes(OK)
READ = in_region(OK)
EDIT, EDIT_SAVED = editors(OK), editors(FOUND)
OWN, OWN_SAVED = editors(OK, owner=OK), editors(FOUND, owner=FOUND)


def _review(name: str) -> Url:
    return lambda w: reverse(name, args=[w.audit.review.pk])


def _first(name: str) -> Url:
    return lambda w: reverse(name, args=[w.audit.first.pk])


def _signatory(w: PermWorld) -> Signatory:
    return w.audit.review.signatories.get()


def _document(route: str, get: Expected) -> Row:
    ordered = {p: SEE_OTHER if code == OK else code for p, code in get.items()}
    return Row(
        route,
        _review(route),
        get,
        Write(lambda w: {}, ordered, lambda w: DocumentJob.objects.count()),
    )


ROWS = [
    Row("committee:reviews", lambda w: reverse("committee:reviews"), EVERYONE),
    Row(
        "committee:review_create",
        lambda w: reverse("committee:review_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "Granskning av ekonomisk strategi och planering",
                "auditors": "Regionens revisorer",
            },
            EDIT_SAVED,
            lambda w: AuditReview.objects.count(),
        ),
    ),
    Row("committee:review", _review("committee:review"), READ),
    Row(
        "committee:review_edit",
        _review("committee:review_edit"),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.audit.review).version,
                "title": w.audit.review.title,
                "auditors": w.audit.review.auditors,
                "case_number": "HSN/1641/2025",
                "answered_on": "2025-11-15",
                "signed_for": "Hälso- och sjukvårdsnämnden",
                "handled_by": "Henrik Wahlström",
            },
            EDIT_SAVED,
            lambda w: fresh(w.audit.review).version,
        ),
    ),
    Row("committee:review_followup", _review("committee:review_followup"), READ),
    Row(
        "committee:recommendation_create",
        _review("committee:recommendation_create"),
        EDIT,
        Write(
            lambda w: {"text": "Säkerställ att uppföljningen sker systematiskt."},
            EDIT_SAVED,
            lambda w: Recommendation.objects.count(),
        ),
    ),
    Row(
        "committee:signatory_create",
        _review("committee:signatory_create"),
        EDIT,
        Write(
            lambda w: {"name": "Anna Granevärn", "title": "Hälso- och sjukvårdsdirektör"},
            EDIT_SAVED,
            lambda w: Signatory.objects.count(),
        ),
    ),
    Row(
        "committee:signatory_edit",
        lambda w: reverse("committee:signatory_edit", args=[_signatory(w).pk]),
        EDIT,
        Write(
            lambda w: {
                "version": _signatory(w).version,
                "name": _signatory(w).name,
                "title": "Hälso- och sjukvårdsnämndens ordförande",
                "order": 1,
            },
            EDIT_SAVED,
            lambda w: fresh(_signatory(w)).version,
        ),
    ),
    Row(
        "committee:signatory_remove",
        lambda w: reverse("committee:signatory_remove", args=[_signatory(w).pk]),
        None,
        Write(lambda w: {}, EDIT_SAVED, lambda w: Signatory.objects.count()),
    ),
    Row("committee:recommendation", _first("committee:recommendation"), READ),
    Row(
        "committee:recommendation_edit",
        _first("committee:recommendation_edit"),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.audit.first).version,
                "number": w.audit.first.number,
                "text": w.audit.first.text,
                "answer": "Nämnden delar bedömningen.",
            },
            EDIT_SAVED,
            lambda w: fresh(w.audit.first).version,
        ),
    ),
    Row(
        "committee:recommendation_close",
        _first("committee:recommendation_close"),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.audit.first).version,
                "closed_on": "2026-02-10",
                "closing_note": "Revisorerna bedömer rekommendationen som åtgärdad.",
            },
            EDIT_SAVED,
            lambda w: fresh(w.audit.first).status,
        ),
    ),
    Row(
        "committee:promise_create",
        _first("committee:promise_create"),
        EDIT,
        Write(
            lambda w: {"text": "Utveckla indikatorer inom nämndens ansvarsområde."},
            EDIT_SAVED,
            lambda w: PromisedMeasure.objects.count(),
        ),
    ),
    Row(
        "committee:promise_edit",
        lambda w: reverse("committee:promise_edit", args=[w.audit.owned.pk]),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.audit.owned).version,
                "text": w.audit.owned.text,
                "owner": w.base.owner.pk,
                "deadline": "2099-12-31",
                "order": w.audit.owned.order,
            },
            EDIT_SAVED,
            lambda w: fresh(w.audit.owned).version,
        ),
        variant="the owner's promise",
    ),
    Row(
        "committee:promise_report",
        lambda w: reverse("committee:promise_report", args=[w.audit.owned.pk]),
        OWN,
        Write(
            lambda w: {"status": "done", "reported_on": "2026-02-01", "comment": "Klart."},
            OWN_SAVED,
            lambda w: fresh(w.audit.owned).reports.count(),
        ),
        variant="the owner's promise",
    ),
    Row(
        "committee:promise_report",
        lambda w: reverse("committee:promise_report", args=[w.audit.unowned.pk]),
        EDIT,
        Write(
            lambda w: {"status": "done", "reported_on": "2026-02-01", "comment": "Klart."},
            EDIT_SAVED,
            lambda w: fresh(w.audit.unowned).reports.count(),
        ),
        variant="a promise with no owner",
    ),
    _document("reports:review_answer_pdf", READ),
    _document("reports:review_answer_docx", READ),
    _document("reports:review_followup_pdf", READ),
    _document("reports:review_followup_docx", READ),
]
