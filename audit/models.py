"""The base of every domain model: timestamps, a version number and a history table."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


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
