"""Reporting periods as the region uses them: months, tertials (DÅ04, DÅ08, ÅR), years."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class PeriodKind(models.TextChoices):
    MONTH = "month", _("Month")
    TERTIAL = "tertial", _("Tertial")
    HALF_YEAR = "half_year", _("Half-year")
    YEAR = "year", _("Year")


class PeriodStatus(models.TextChoices):
    PLANNED = "planned", _("Not yet open")
    OPEN = "open", _("Open for reporting")
    CLOSED = "closed", _("Closed")


class Period(TrackedModel):
    """A period of a region's calendar. A tertial's name is its report: DÅ04, DÅ08 or ÅR."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=10, choices=PeriodKind.choices)
    number = models.PositiveIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=40, help_text=_("For example DÅ04 or april."))
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    status = models.CharField(
        _("status"), max_length=10, choices=PeriodStatus.choices, default=PeriodStatus.PLANNED
    )
    # Empty until the region sets it: the calendar of a source rarely states it.
    report_by = models.DateField(
        _("report by"),
        null=True,
        blank=True,
        help_text=_("The last day to enter the period's outcomes. Reminders go out by it."),
    )

    class Meta:
        verbose_name = _("period")
        verbose_name_plural = _("periods")
        ordering = ["year", "ends_on", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "kind", "number"], name="unique_period_in_region"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"
