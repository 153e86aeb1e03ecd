"""A committee's decision adopting a plan, recorded with the plan exactly as adopted."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from committee.decision_dates import (
    DAY,
    MONTH,
    YEAR,
    written_decision_date,
    written_decision_reference,
)


class DatePrecision(models.TextChoices):
    DAY = DAY, _("day")
    MONTH = MONTH, _("month")
    YEAR = YEAR, _("year")


class AdoptionDecision(TrackedModel):
    """What every adopted plan records: who adopted it, when, under which paragraph, and the
    plan as it then read (`snapshot`, the plan's own document data).

    The date may be known to the month or the year only (`adopted_on` is then the first day
    of it) and the paragraph may be unknown; both are shown as the source writes them."""

    adopted_on = models.DateField(
        _("adopted on"), help_text=_("The first day of the month or year when only that is known.")
    )
    adopted_on_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    body = models.CharField(_("adopted by"), max_length=200, help_text=_("The committee or board."))
    decision_reference = models.CharField(
        _("decision reference"),
        max_length=100,
        blank=True,
        help_text=_("For example § 212. Empty when it is not known."),
    )
    # None when the system recorded it (a demo or an import).
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    snapshot = models.JSONField(_("the plan as adopted"), editable=False)

    class Meta:
        abstract = True
        ordering = ["-adopted_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.body} {self.adopted_on_text} {self.reference_text}"

    @property
    def adopted_on_text(self) -> str:
        """2022-05-12, or 2022-05-xx when the day is not known."""
        return written_decision_date(self.adopted_on, self.adopted_on_precision)

    @property
    def reference_text(self) -> str:
        """§ 212, or §xx when the paragraph is not known."""
        return written_decision_reference(self.decision_reference)
