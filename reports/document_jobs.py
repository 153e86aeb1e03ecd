"""Documents made by a worker process, with their progress shown; never inside a request.

A document page's download button posts to the document's own address: the access checks
of that view run in the request, then a job is queued (audit/tasks.py) whose arguments are
plain data, the kind of document and what it shows (reports/document_kinds.py), and the
person watches its progress on a page of its own. A GET of the same address gives a file
that is already finished, else it leads to a new job's progress page the same way.

A document that no longer changes, of a closed period or an adopted plan, has a key: what
it shows. Its finished file is stored under that key and given again, not made again.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.tasks import FAILED, GONE, background, enqueue, task_state
from reports.document_kinds import builder_of
from reports.models import DocumentJob, JobStatus, StoredDocument

logger = logging.getLogger(__name__)

# A job of before the queue that has not moved for this long was lost with its thread.
STALLED_AFTER = datetime.timedelta(minutes=30)
GATHERING = gettext_lazy("Gathering the content")


class Progress:
    """Reports how far a document has come; a plain function, so builders stay testable."""

    def __init__(self, job_id: uuid.UUID | str | None = None) -> None:
        self.job_id = job_id
        self.stages: list[tuple[int, str]] = []

    def __call__(self, percent: int, stage: str | Promise) -> None:
        self.stages.append((percent, str(stage)))
        if self.job_id is not None:
            DocumentJob.objects.filter(pk=self.job_id).update(
                percent=percent, stage=str(stage)[:200], updated_at=timezone.now()
            )


@dataclass(frozen=True)
class DocumentOrder:
    title: str
    filename: str
    content_type: str
    kind: str  # a name in reports/document_kinds.py
    arguments: dict[str, Any] = field(default_factory=dict)  # plain data: ids, the version
    # What the document shows when that can no longer change (a closed period, an adopted
    # plan); its file is then stored under it and given again. Empty: made anew each time.
    shows: str = ""


def download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def deliver(request: HttpRequest, order: DocumentOrder) -> HttpResponse:
    """A finished file on GET when there is one; else a queued job and its progress page."""
    if request.method != "POST":
        stored = _stored(_key(order))
        if stored is not None:
            return download(bytes(stored.content), stored.content_type, order.filename)
    job = start_job(request, order)
    if request.method != "POST" and job.status == JobStatus.DONE and job.content is not None:
        return download(bytes(job.content), job.content_type, job.filename)
    status = 303 if request.method == "POST" else 302
    return HttpResponseRedirect(reverse("reports:document_job", args=[job.pk]), status=status)


def start_job(request: HttpRequest, order: DocumentOrder) -> DocumentJob:
    _forget_old_jobs()
    user = request.user
    assert user.is_authenticated  # the views ask for a login first
    source = request.get_full_path()[:500]
    running = DocumentJob.objects.filter(
        requested_by=user, source=source, status__in=[JobStatus.QUEUED, JobStatus.RUNNING]
    ).first()
    if running is not None and not mark_stalled(running).finished:
        return running  # asking twice does not make the document twice
    key = _key(order)
    job = DocumentJob.objects.create(
        requested_by=user,
        source=source,
        return_to=_page_asked_from(request),
        title=order.title,
        filename=order.filename,
        content_type=order.content_type,
        stage=_("Waiting to start"),
        key=key,
    )
    stored = _stored(key)
    if stored is not None:
        DocumentJob.objects.filter(pk=job.pk).update(
            status=JobStatus.DONE,
            percent=100,
            stage=_("Ready"),
            content=stored.content,
            size=stored.size,
            finished_at=timezone.now(),
        )
    else:
        language = translation.get_language() or settings.LANGUAGE_CODE
        task_id = enqueue(make_document, str(job.pk), order.kind, order.arguments, language)
        DocumentJob.objects.filter(pk=job.pk).update(task_id=task_id)
    job.refresh_from_db()
    return job


def mark_stalled(job: DocumentJob) -> DocumentJob:
    """A job whose task failed for good, or was forgotten, is shown as interrupted."""
    if job.finished:
        return job
    if job.task_id:
        state = task_state(job.task_id)
        interrupted = state in (FAILED, GONE)
    else:
        interrupted = job.updated_at < timezone.now() - STALLED_AFTER
    if interrupted:
        job.status = JobStatus.FAILED
        job.stage = _("The document was interrupted. Ask for it again.")
        job.save(update_fields=["status", "stage", "updated_at"])
    return job


@background
def make_document(job_id: str, kind: str, arguments: dict[str, Any], language: str) -> None:
    """The task: make the document of job `job_id` and keep its file with the job."""
    with translation.override(language):
        started = DocumentJob.objects.filter(pk=job_id).update(
            status=JobStatus.RUNNING, stage=_("Started"), updated_at=timezone.now()
        )
        if not started:
            return  # the job was forgotten before a worker came to it
        try:
            content = builder_of(kind)(arguments, Progress(job_id))
        except Exception:
            logger.exception("Document %s (%s) could not be made", job_id, kind)
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
        job = DocumentJob.objects.only("key", "content_type").get(pk=job_id)
        if job.key:
            StoredDocument.objects.update_or_create(
                key=job.key,
                defaults={
                    "content": content,
                    "content_type": job.content_type,
                    "size": len(content),
                },
            )


def _key(order: DocumentOrder) -> str:
    if not order.shows:
        return ""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return f"{order.kind}:{order.shows}:{language}"[:300]


def _stored(key: str) -> StoredDocument | None:
    if not key:
        return None
    return StoredDocument.objects.filter(key=key).first()


def _page_asked_from(request: HttpRequest) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    parts = urlsplit(referer)
    return (parts.path + (f"?{parts.query}" if parts.query else ""))[:500]


def _forget_old_jobs() -> None:
    now = timezone.now()
    DocumentJob.objects.filter(
        created_at__lt=now - datetime.timedelta(days=settings.TASKS_KEPT_DAYS)
    ).delete()
    StoredDocument.objects.filter(
        created_at__lt=now - datetime.timedelta(days=settings.DOCUMENT_FILES_KEPT_DAYS)
    ).delete()
