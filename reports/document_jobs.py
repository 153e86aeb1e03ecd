"""Documents made in the background with their progress shown, or at once on a plain GET.

A document page's download button posts to the document's own address: the access checks
of that view run in the request, then the document is made on a worker thread while the
person watches its progress on a page of its own. A GET of the same address still returns
the file directly, for scripts and links. The number of worker threads is bounded
(DOCUMENT_WORKERS), so a few large documents cannot take every CPU from the pages.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import close_old_connections, connections
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.models import DocumentJob, JobStatus

logger = logging.getLogger(__name__)

# A job that has not moved for this long was lost with its worker (a restart, say).
STALLED_AFTER = datetime.timedelta(minutes=30)
KEPT_FOR = datetime.timedelta(days=1)
GATHERING = gettext_lazy("Gathering the content")

_executor: ThreadPoolExecutor | None = None


class Progress:
    """Reports how far a document has come; a plain function, so builders stay testable."""

    def __init__(self, job_id: uuid.UUID | None = None) -> None:
        self.job_id = job_id
        self.stages: list[tuple[int, str]] = []

    def __call__(self, percent: int, stage: str | Promise) -> None:
        self.stages.append((percent, str(stage)))
        if self.job_id is not None:
            DocumentJob.objects.filter(pk=self.job_id).update(
                percent=percent, stage=str(stage)[:200], updated_at=timezone.now()
            )


Build = Callable[[Progress], bytes]


@dataclass(frozen=True)
class DocumentOrder:
    title: str
    filename: str
    content_type: str
    build: Build


def download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def deliver(request: HttpRequest, order: DocumentOrder) -> HttpResponse:
    """The file at once on GET; on POST a background job and its progress page."""
    if request.method != "POST":
        return download(order.build(Progress()), order.content_type, order.filename)
    job = start_job(request, order)
    return HttpResponseRedirect(reverse("reports:document_job", args=[job.pk]), status=303)


def start_job(request: HttpRequest, order: DocumentOrder) -> DocumentJob:
    _forget_old_jobs()
    user = request.user
    assert user.is_authenticated  # the views ask for a login first
    source = request.get_full_path()[:500]
    running = DocumentJob.objects.filter(
        requested_by=user,
        source=source,
        status__in=[JobStatus.QUEUED, JobStatus.RUNNING],
        updated_at__gte=timezone.now() - STALLED_AFTER,
    ).first()
    if running is not None:
        return running  # asking twice does not make the document twice
    job = DocumentJob.objects.create(
        requested_by=user,
        source=source,
        return_to=_page_asked_from(request),
        title=order.title,
        filename=order.filename,
        content_type=order.content_type,
        stage=_("Waiting to start"),
    )
    language = translation.get_language()
    if getattr(settings, "DOCUMENT_JOBS_INLINE", False):
        _run(job.pk, order.build, language)
    else:
        _pool().submit(_run_in_thread, job.pk, order.build, language)
    job.refresh_from_db()
    return job


def mark_stalled(job: DocumentJob) -> DocumentJob:
    if not job.finished and job.updated_at < timezone.now() - STALLED_AFTER:
        job.status = JobStatus.FAILED
        job.stage = _("The document was interrupted. Ask for it again.")
        job.save(update_fields=["status", "stage", "updated_at"])
    return job


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        workers = getattr(settings, "DOCUMENT_WORKERS", 2)
        _executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="styr-document")
    return _executor


def shutdown_workers() -> None:
    """Wait for the documents being made, then let the worker threads end."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=True)
        _executor = None


def _run_in_thread(job_id: uuid.UUID, build: Build, language: str | None) -> None:
    close_old_connections()
    try:
        _run(job_id, build, language)
    finally:
        connections.close_all()  # the thread's own connections, not the requests'


def _run(job_id: uuid.UUID, build: Build, language: str | None) -> None:
    with translation.override(language):
        DocumentJob.objects.filter(pk=job_id).update(
            status=JobStatus.RUNNING, stage=_("Started"), updated_at=timezone.now()
        )
        try:
            content = build(Progress(job_id))
        except Exception:
            logger.exception("Document %s could not be made", job_id)
            DocumentJob.objects.filter(pk=job_id).update(
                status=JobStatus.FAILED,
                stage=_("The document could not be made. Try again, or tell your administrator."),
                finished_at=timezone.now(),
                updated_at=timezone.now(),
            )
            return
        DocumentJob.objects.filter(pk=job_id).update(
            status=JobStatus.DONE,
            percent=100,
            stage=_("Ready"),
            content=content,
            size=len(content),
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )


def _page_asked_from(request: HttpRequest) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    parts = urlsplit(referer)
    return (parts.path + (f"?{parts.query}" if parts.query else ""))[:500]


def _forget_old_jobs() -> None:
    DocumentJob.objects.filter(created_at__lt=timezone.now() - KEPT_FOR).delete()
