"""The base of every domain model: timestamps, a version number and a history table."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from audit.validation import validate_stored_values


class TrackedModel(models.Model):
    """A domain object whose every change is kept with who, when, before and after.

    `version` grows by one at every save through `audit.concurrency.save_versioned`; a form
    carries the version it was loaded with so that a concurrent change is detected.
    """

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Every value is checked by its field's rules before it is stored (audit.validation)."""
        validate_stored_values(self)
        super().save(*args, **kwargs)


class FormSubmission(models.Model):
    """A form's one-time token, kept once its save succeeded (see audit.submissions)."""

    token = models.CharField(max_length=32, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    object_label = models.CharField(max_length=100, blank=True)
    object_pk = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")

    def __str__(self) -> str:
        return self.token
