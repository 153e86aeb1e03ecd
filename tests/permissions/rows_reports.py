"""Page rows: the generated documents and the background jobs that make them.

A GET of a document returns the file; a POST asks for it as a background job (303 to its
progress page). A refused request makes no job.
"""

from __future__ import annotations

from django.urls import reverse

from reports.models import DocumentJob
from tests.permissions.expect import (
    NOT_FOUND,
    OK,
    SEE_OTHER,
    Expected,
    Row,
    Url,
    Write,
    codes,
    in_region,
)
from tests.permissions.world import PermWorld

# htmx's "stop polling": the job is finished.
STOP_POLLING = 286
REGION_WIDE = in_region(NOT_FOUND, admin=OK, auditor=OK)


def _jobs(w: PermWorld) -> int:
    return DocumentJob.objects.count()


def _document(route: str, url: Url, get: Expected, variant: str = "") -> Row:
    ordered = {p: SEE_OTHER if code == OK else code for p, code in get.items()}
    return Row(route, url, get, Write(lambda w: {}, ordered, _jobs), variant=variant)


def _download(route: str, url: Url, get: Expected, variant: str = "") -> Row:
    return Row(route, url, get, variant=variant)


def _committee_period(name: str) -> Url:
    return lambda w: reverse(name, args=[w.base.committee.pk, w.period.pk])


def _council_period(name: str) -> Url:
    return lambda w: reverse(name, args=[w.base.council.pk, w.period.pk])


def _plan_year(name: str) -> Url:
    return lambda w: reverse(name, args=[w.base.committee.pk, w.plan_year])


ROWS = [
    # A job is seen by the person who asked for it only.
    Row(
        "reports:document_job",
        lambda w: reverse("reports:document_job", args=[w.document.pk]),
        codes(NOT_FOUND, controller=OK),
    ),
    Row(
        "reports:document_job_status",
        lambda w: reverse("reports:document_job_status", args=[w.document.pk]),
        codes(NOT_FOUND, controller=STOP_POLLING),
    ),
    Row(
        "reports:document_job_file",
        lambda w: reverse("reports:document_job_file", args=[w.document.pk]),
        codes(NOT_FOUND, controller=OK),
    ),
    _download(
        "reports:control_plan_xlsx",
        lambda w: reverse("reports:control_plan_xlsx", args=[w.plan.pk]),
        in_region(OK),
    ),
    _document(
        "reports:control_plan_pdf",
        lambda w: reverse("reports:control_plan_pdf", args=[w.plan.pk]),
        in_region(OK),
    ),
    _document(
        "reports:control_plan_docx",
        lambda w: reverse("reports:control_plan_docx", args=[w.plan.pk]),
        in_region(OK),
    ),
    _document(
        "reports:control_plan_pdf",
        lambda w: reverse("reports:control_plan_pdf", args=[w.board_plan.pk]),
        REGION_WIDE,
        variant="plan of the board",
    ),
    _document(
        "reports:control_followup_pdf",
        lambda w: reverse("reports:control_followup_pdf", args=[w.followup.pk]),
        in_region(OK),
    ),
    _document(
        "reports:control_followup_docx",
        lambda w: reverse("reports:control_followup_docx", args=[w.followup.pk]),
        in_region(OK),
    ),
    _document(
        "reports:tertial_report_pdf",
        _committee_period("reports:tertial_report_pdf"),
        in_region(OK),
    ),
    _document(
        "reports:tertial_report_docx",
        _committee_period("reports:tertial_report_docx"),
        in_region(OK),
    ),
    _download(
        "reports:tertial_report_xlsx",
        _committee_period("reports:tertial_report_xlsx"),
        in_region(OK),
    ),
    # A unit above one's own is context, not a readable report.
    _download(
        "reports:tertial_report_xlsx",
        _council_period("reports:tertial_report_xlsx"),
        REGION_WIDE,
        variant="unit above one's own",
    ),
    _document(
        "reports:operational_plan_pdf",
        _plan_year("reports:operational_plan_pdf"),
        in_region(OK),
    ),
    _document(
        "reports:operational_plan_docx",
        _plan_year("reports:operational_plan_docx"),
        in_region(OK),
    ),
]
