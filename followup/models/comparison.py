"""Values an outcome is compared with, per period: the nation's, the average of the regions,
the best and the worst (for example from Kolada), kept beside the outcome."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class ComparisonKind(models.TextChoices):
    NATIONAL = "national", _("The nation")
    AVERAGE = "average", _("Average")
    BEST = "best", _("Best")
    WORST = "worst", _("Worst")


class ComparisonValue(TrackedModel):
    indicator = models.ForeignKey(
        "planning.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="comparisons",
    )
    period = models.ForeignKey(
        "followup.Period",
        verbose_name=_("period"),
        on_delete=models.PROTECT,
        related_name="comparisons",
    )
    kind = models.CharField(_("compared with"), max_length=10, choices=ComparisonKind.choices)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3)
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("For example Kolada.")
    )

    class Meta:
        verbose_name = _("comparison value")
        verbose_name_plural = _("comparison values")
        ordering = ["indicator", "period__ends_on", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period", "kind"], name="unique_comparison_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
