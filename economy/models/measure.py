"""Measures for a balanced economy (åtgärder för ekonomi i balans), their calculations and
their realised effects.

A measure's planned effect is never a typed sum: it is the value of a calculation over named
inputs ("12 årsarbeten × 1 450 tkr", or a unit cost before and after times a volume), so
that the reader sees how the figure was reached. A realised effect (hemtagningseffekt) is
reported per month, either as an amount or as the same calculation over the month's actual
inputs (the volume treated and the cost per treatment, when the effect shows only per unit
of volume), with its evidence.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Programme(TrackedModel):
    """A programme of measures (åtgärdsprogram), e.g. seed 003's three."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("name"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["unit", "order", "pk"]

    def __str__(self) -> str:
        return self.name


class MeasureStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    DECIDED = "decided", _("Decided")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class Measure(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="measures",
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.TextField(_("measure"))
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_measures",
    )
    owner_title = models.CharField(_("responsible role"), max_length=200, blank=True)
    decided_by = models.CharField(_("decided by"), max_length=200, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_reference = models.CharField(
        _("decision reference"), max_length=100, blank=True, help_text=_("For example § 212.")
    )
    # Empty until someone reports a status: no report, no status.
    status = models.CharField(_("status"), max_length=20, choices=MeasureStatus.choices, blank=True)
    first_year = models.PositiveIntegerField(_("from year"))
    last_year = models.PositiveIntegerField(_("to year"))
    risks = models.ManyToManyField(
        "internal_control.Risk", related_name="economy_measures", blank=True
    )
    assignments = models.ManyToManyField(
        "planning.Assignment", related_name="economy_measures", blank=True
    )
    indicators = models.ManyToManyField(
        "planning.Indicator", related_name="economy_measures", blank=True
    )
    actions = models.ManyToManyField(
        "internal_control.Action",
        related_name="economy_measures",
        blank=True,
        help_text=_("The internal control plan's actions that are this measure."),
    )

    class Meta:
        verbose_name = _("measure for a balanced economy")
        verbose_name_plural = _("measures for a balanced economy")
        ordering = ["unit", "number"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "number"], name="unique_measure_number")
        ]

    def __str__(self) -> str:
        text = self.title if len(self.title) <= 80 else self.title[:79] + "…"
        return f"{self.number}. {text}"

    def get_absolute_url(self) -> str:
        return reverse("economy:measure", args=[self.pk])


class Calculation(TrackedModel):
    """The planned effect of a measure on one cost type in one year: `formula` over inputs.

    The formula uses the inputs' keys, numbers, + − × / and parentheses, e.g.
    `årsarbeten * kostnad_per_årsarbete` or `(kostnad_före - kostnad_efter) * volym`.
    Its value is in kronor, in the budget's sign (a saving on a cost is positive).
    """

    measure = models.ForeignKey(
        Measure,
        on_delete=models.CASCADE,
        related_name="calculations",
        verbose_name=_("measure for a balanced economy"),
    )
    year = models.PositiveIntegerField(_("year"))
    cost_type = models.ForeignKey(
        "economy.CostType", verbose_name=_("cost type"), on_delete=models.PROTECT, related_name="+"
    )
    formula = models.CharField(_("formula"), max_length=500)
    explanation = models.TextField(_("explanation"), blank=True)
    # The year's effect is spread evenly over the months from this one to December.
    from_month = models.PositiveSmallIntegerField(
        _("effect from month"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("The effect of the year is spread evenly over the months from this one."),
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("calculation")
        verbose_name_plural = _("calculations")
        ordering = ["measure", "year", "cost_type__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "year", "cost_type"], name="one_calculation_per_year_cost_type"
            )
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.year} {self.cost_type}"


class CalculationInput(TrackedModel):
    """A named input of a calculation: "12 årsarbeten", "1 450 tkr per årsarbete"."""

    calculation = models.ForeignKey(
        Calculation, on_delete=models.CASCADE, related_name="inputs", verbose_name=_("calculation")
    )
    key = models.CharField(
        _("name in the formula"), max_length=60, help_text=_("Letters, digits and _.")
    )
    label = models.CharField(_("what it is"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    # How many kronor one of `unit` is (1 000 for tkr), so that the formula's value is kronor.
    kronor_per_unit = models.DecimalField(
        _("kronor per unit"), max_digits=12, decimal_places=2, default=1
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("calculation input")
        verbose_name_plural = _("calculation inputs")
        ordering = ["calculation", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["calculation", "key"], name="unique_input_key")
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.value} {self.unit}".strip()


class RealisedEffect(TrackedModel):
    """The effect a measure had in one month, with its evidence.

    Either `amount` is reported, or `actual_inputs` gives the month's values of the
    calculation's inputs (by key) and the effect is the calculation's formula over them.
    """

    measure = models.ForeignKey(
        Measure,
        on_delete=models.CASCADE,
        related_name="effects",
        verbose_name=_("measure for a balanced economy"),
    )
    calculation = models.ForeignKey(
        Calculation,
        verbose_name=_("calculation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="effects",
    )
    year = models.PositiveIntegerField(_("year"))
    month = models.PositiveSmallIntegerField(
        _("month"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    amount = models.DecimalField(
        _("realised effect (kr)"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    actual_inputs = models.JSONField(_("actual inputs"), default=dict, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    indicator_outcome = models.ForeignKey(
        "followup.Outcome",
        verbose_name=_("indicator outcome"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cost_type = models.ForeignKey(
        "economy.CostType",
        verbose_name=_("shows in cost type"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,  # no person: reported by the system (a loader or an import)
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("realised effect")
        verbose_name_plural = _("realised effects")
        ordering = ["measure", "year", "month"]

    def __str__(self) -> str:
        return f"{self.measure} {self.year}-{self.month:02}"
