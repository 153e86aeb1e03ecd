"""Financial outcomes from the financial system's ledger export, and forecasts.

Amounts are kronor in the budget's sign: incomes positive, costs negative (as seed 002's
frame, −2 898,25 mkr net). A ledger file is kept as an import with its checksum, so the
same file loaded twice is recognised; its rows are summed per unit, cost type and month.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class LedgerImport(TrackedModel):
    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_name = models.CharField(_("file"), max_length=255)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64)
    row_count = models.PositiveIntegerField(_("rows"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("ledger import")
        verbose_name_plural = _("ledger imports")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["region", "checksum"], name="one_import_per_file")
        ]

    def __str__(self) -> str:
        return self.file_name


class FinancialOutcome(TrackedModel):
    """The booked amount of a unit, cost type and month, from one ledger import."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    cost_type = models.ForeignKey(
        "economy.CostType", verbose_name=_("cost type"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    month = models.PositiveSmallIntegerField(_("month"))
    amount = models.DecimalField(_("amount (kr)"), max_digits=16, decimal_places=2)
    source = models.ForeignKey(
        LedgerImport,
        verbose_name=_("ledger import"),
        on_delete=models.CASCADE,
        related_name="outcomes",
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("financial outcome")
        verbose_name_plural = _("financial outcomes")
        ordering = ["year", "month", "unit", "cost_type__order"]
        indexes = [models.Index(fields=["unit", "year", "month"])]

    def __str__(self) -> str:
        return f"{self.unit} {self.cost_type} {self.year}-{self.month:02}"


class Forecast(TrackedModel):
    """The controller's full-year forecast of a unit and cost type, made in a given month."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    cost_type = models.ForeignKey(
        "economy.CostType", verbose_name=_("cost type"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    made_in_month = models.PositiveSmallIntegerField(
        _("made in month"), help_text=_("The last month of outcomes the forecast builds on.")
    )
    amount = models.DecimalField(_("full-year forecast (kr)"), max_digits=16, decimal_places=2)
    comment = models.TextField(_("comment"), blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("forecast")
        verbose_name_plural = _("forecasts")
        ordering = ["year", "made_in_month", "unit", "cost_type__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "cost_type", "year", "made_in_month"], name="one_forecast_per_month"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.cost_type} {self.year} ({self.made_in_month})"
