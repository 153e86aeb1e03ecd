"""People: everyone who logs in belongs to one region."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """A person. Tracked like every domain object, but never with password or login times."""

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        limit_choices_to={"parent__isnull": True},
    )
    title = models.CharField(
        _("title"), max_length=120, blank=True, help_text=_("For example HR-direktör.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    version = models.PositiveIntegerField(_("version"), default=1)

    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["last_name", "first_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def get_absolute_url(self) -> str:
        return reverse("organisation:person", args=[self.pk])
