"""A measure's target for one year: a level per year on the way to the target year's."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class YearTarget(TrackedModel):
    indicator = models.ForeignKey(
        "planning.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="year_targets",
    )
    year = models.PositiveIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    target_text = models.CharField(
        _("target"), max_length=300, help_text=_("In the organisation's own words, for the year.")
    )
    target_rule = models.JSONField(_("target rule"), default=dict, blank=True)

    class Meta:
        verbose_name = _("target of a year")
        verbose_name_plural = _("targets of each year")
        ordering = ["indicator", "year"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year"], name="unique_target_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.target_text}"
