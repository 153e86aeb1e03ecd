"""The budget frame (budgetram) a unit is given for a year, with the lines it is set out in."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class BudgetFrame(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    amount_unit = models.CharField(
        _("amounts in"), max_length=10, default="mkr", help_text=_("For example mkr or tkr.")
    )
    strategy = models.TextField(_("the year's strategy for keeping the budget"), blank=True)
    explanation = models.TextField(_("change since last year"), blank=True)
    changes = models.TextField(
        _("changes to the frame"), blank=True, help_text=_("One change per line.")
    )
    total_label = models.CharField(_("label of the total"), max_length=200, blank=True)
    total_previous_year = models.DecimalField(
        _("total, previous year"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=3)

    class Meta:
        verbose_name = _("budget frame")
        verbose_name_plural = _("budget frames")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="one_budget_frame_per_unit_year")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}"

    def change_list(self) -> list[str]:
        return [line.strip() for line in self.changes.splitlines() if line.strip()]


class BudgetLine(TrackedModel):
    frame = models.ForeignKey(BudgetFrame, on_delete=models.CASCADE, related_name="lines")
    label = models.CharField(_("line"), max_length=200)
    previous_year = models.DecimalField(
        _("previous year"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=3)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.label
