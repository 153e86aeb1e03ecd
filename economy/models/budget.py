"""The budget frame (budgetram) a unit is given for a year: the lines it is set out in, the
decisions that changed it, and the budget by cost type of the units under it, as frame and
as the detailed budget the units registered (their difference is the budget gap)."""

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
        return [change.printed for change in self.frame_changes.all()]


class BudgetLine(TrackedModel):
    frame = models.ForeignKey(
        BudgetFrame, on_delete=models.CASCADE, related_name="lines", verbose_name=_("budget frame")
    )
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


class FrameChange(TrackedModel):
    """A decision that changed the frame: its amount (when the source gives one), reason and
    decision reference, with the wording as the source printed it."""

    frame = models.ForeignKey(
        BudgetFrame,
        on_delete=models.CASCADE,
        related_name="frame_changes",
        verbose_name=_("budget frame"),
    )
    printed = models.TextField(_("as written"), blank=True)
    reason = models.TextField(_("reason"))
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("In the frame's unit; empty when the decision gives no amount."),
    )
    decision_reference = models.CharField(
        _("decision reference"), max_length=200, blank=True, help_text=_("For example HSN/85/2022.")
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("change to the budget frame")
        verbose_name_plural = _("changes to the budget frame")
        ordering = ["frame", "order", "pk"]

    def __str__(self) -> str:
        return self.printed or self.reason


class BudgetKind(models.TextChoices):
    FRAME = "frame", _("Budget frame")
    DETAILED = "detailed", _("Detailed budget")


class BudgetAmount(TrackedModel):
    """One cell of the budget by unit and cost type: the frame given, or the detailed budget
    the unit registered. Amounts are in the frame's unit, incomes positive, costs negative."""

    frame = models.ForeignKey(
        BudgetFrame,
        on_delete=models.CASCADE,
        related_name="amounts",
        verbose_name=_("budget frame"),
    )
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    cost_type = models.ForeignKey(
        "economy.CostType", verbose_name=_("cost type"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=BudgetKind.choices)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=3)
    is_example = models.BooleanField(
        _("example figure"),
        default=False,
        help_text=_("Set for figures that do not come from the source document."),
    )

    class Meta:
        verbose_name = _("budget amount")
        verbose_name_plural = _("budget amounts")
        ordering = ["frame", "unit", "cost_type__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["frame", "unit", "cost_type", "kind"], name="one_budget_amount_per_cell"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.cost_type} {self.get_kind_display()}"
