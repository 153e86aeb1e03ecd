"""A document being made in the background: its progress, then the file. Only its requester
sees it."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from reports.document_jobs import download, mark_stalled
from reports.models import DocumentJob, JobStatus


def _job(request: HttpRequest, pk: uuid.UUID) -> DocumentJob:
    job = get_object_or_404(
        DocumentJob.objects.defer("content"), pk=pk, requested_by_id=request.user.pk
    )
    return mark_stalled(job)


def _context(job: DocumentJob) -> dict[str, object]:
    end = job.finished_at or timezone.now()
    return {
        "job": job,
        "seconds": max(0, int((end - job.created_at).total_seconds())),
        "kept_days": settings.TASKS_KEPT_DAYS,
    }


@login_required
def document_job(request: HttpRequest, pk: uuid.UUID) -> HttpResponse:
    job = _job(request, pk)
    return render(request, "reports/document_job.html", _context(job))


@login_required
def document_job_status(request: HttpRequest, pk: uuid.UUID) -> HttpResponse:
    job = _job(request, pk)
    response = render(request, "reports/includes/document_job_status.html", _context(job))
    if job.finished:
        # The page stops asking: htmx's code for "stop polling".
        response.status_code = 286
    return response


@login_required
def document_job_file(request: HttpRequest, pk: uuid.UUID) -> HttpResponse:
    job = get_object_or_404(DocumentJob, pk=pk, requested_by_id=request.user.pk)
    if job.status != JobStatus.DONE or job.content is None:
        raise Http404
    return download(bytes(job.content), job.content_type, job.filename)
