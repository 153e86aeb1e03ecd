"""A document asked for and made in the background, so that a long one never holds up a page,
and the finished files of documents that no longer change, kept to be given again."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being made")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class DocumentJob(models.Model):
    # A random key, so that the address of one person's document cannot be guessed.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="document_jobs"
    )
    # The address the document was asked for at; the same request again finds this job.
    source = models.CharField(max_length=500)
    # The page the person asked from, to lead them back to it.
    return_to = models.CharField(max_length=500, blank=True)
    title = models.CharField(_("document"), max_length=300)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=120)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    percent = models.PositiveSmallIntegerField(default=0)
    stage = models.CharField(max_length=200, blank=True)
    content = models.BinaryField(null=True, editable=False)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The queued task that makes it (audit/tasks.py); empty for a file given from the store.
    task_id = models.CharField(max_length=64, blank=True)
    # What the document shows when that no longer changes (StoredDocument.key), else empty.
    key = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["requested_by", "source", "status"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)


class StoredDocument(models.Model):
    """A finished file of a closed period or an adopted plan, given again instead of rebuilt."""

    # The kind, what it shows (ids and versions) and the language: a file per distinct content.
    key = models.CharField(max_length=300, unique=True)
    content_type = models.CharField(max_length=120)
    content = models.BinaryField(editable=False)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
