"""Indicators (styrmått, mätetal): what is measured, how often, and the target as a rule."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from planning.models.judgement_rules import BAND_LIMITS


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")
    NONE = "none", _("No direction")


class Frequency(models.TextChoices):
    MONTH = "month", _("Month")
    TERTIAL = "tertial", _("Tertial")
    HALF_YEAR = "half_year", _("Half-year")
    YEAR = "year", _("Year")
    # The plan gives no frequency: kept unknown rather than guessed.
    NOT_STATED = "", _("Not stated")


# A measure's weight in a goal judged by weighting: more than 0, at most 1000, to a thousandth.
WEIGHT_DIGITS, WEIGHT_PLACES = 7, 3
MAX_WEIGHT = Decimal(1000)
# The field's refusals by code, the same on the measure's form and through the API; the codes
# of DecimalValidator are said as the rule they break.
WEIGHT_MESSAGES = {
    "invalid": _("The weight must be a number."),
    "not_positive": _("The weight must be greater than 0."),
    "max_value": _("The weight may be at most 1000."),
    "max_whole_digits": _("The weight may be at most 1000."),
    "max_decimal_places": _("The weight may have at most 3 decimals."),
    "max_digits": _("The weight may be at most 1000, with at most 3 decimals."),
}


def validate_weight(value: Decimal) -> None:
    """More than 0 and at most 1000. A number with more digits than the field holds is left
    to the field's DecimalValidator, so that it is refused once, not twice."""
    if not value.is_finite():
        return
    if value <= 0:
        raise ValidationError(WEIGHT_MESSAGES["not_positive"], code="not_positive")
    try:
        DecimalValidator(WEIGHT_DIGITS, WEIGHT_PLACES)(value)
    except ValidationError:
        return
    if value > MAX_WEIGHT:
        raise ValidationError(WEIGHT_MESSAGES["max_value"], code="max_value")


class Indicator(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    goal = models.ForeignKey(
        "planning.Goal",
        verbose_name=_("goal"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
        help_text=_("A sub-measure of a target like “2 av 3 parametrar”."),
    )
    code = models.CharField(_("number"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    measure_unit = models.CharField(
        _("unit of measure"),
        max_length=60,
        blank=True,
        help_text=_("Printed after every value, for example %, st, dagar, mnkr."),
    )
    signed = models.BooleanField(
        _("plus sign on positive values"),
        default=False,
        help_text=_("For a deviation or a change, for example +19 mnkr."),
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    frequency = models.CharField(
        _("follow-up frequency"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.TERTIAL,
        blank=True,
    )
    report_periods = models.CharField(
        _("reported in"), max_length=100, blank=True, help_text=_("For example DÅ04, DÅ08, ÅR.")
    )
    level = models.CharField(_("follow-up level"), max_length=100, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_indicators",
    )
    owner_title = models.CharField(_("responsible role"), max_length=200, blank=True)
    sex_split = models.BooleanField(_("outcome for women and men"), default=True)
    is_count = models.BooleanField(
        _("counts"),
        default=False,
        help_text=_("Outcomes are counts, so women and men add up to the total."),
    )
    data_source = models.CharField(_("data source"), max_length=300, blank=True)
    target_text = models.CharField(
        _("target"), max_length=300, blank=True, help_text=_("In the region's own words.")
    )
    target_rule = models.JSONField(_("target rule"), default=dict, blank=True)
    # The year by which the target is to be reached, e.g. the end of the term of office; a
    # year of its own may hold a level on the way (planning.YearTarget).
    target_year = models.PositiveIntegerField(_("target year"), null=True, blank=True)
    baseline_value = models.DecimalField(
        _("baseline"),
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("The value a relative target compares with, e.g. the outcome of 2020."),
    )
    baseline_year = models.PositiveIntegerField(_("baseline year"), null=True, blank=True)
    benchmark_value = models.DecimalField(
        _("benchmark"),
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("For example the national average, for targets like I nivå med riket."),
    )
    # Empty: the organisation's band (planning.models.JudgementRules) decides.
    partly_band = models.DecimalField(
        _("own band of partly met, per cent"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=BAND_LIMITS,
        help_text=_("Leave empty for the organisation's band."),
    )
    # Empty: none given; the measure counts as 1 where a goal is judged by weighting.
    weight = models.DecimalField(
        _("weight"),
        max_digits=WEIGHT_DIGITS,
        decimal_places=WEIGHT_PLACES,
        null=True,
        blank=True,
        validators=[validate_weight],
        error_messages=WEIGHT_MESSAGES,
        help_text=_(
            "How much the measure counts where a goal is judged by weighting: more than 0, at "
            "most 1000. Leave empty for equal weight."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["order", "code", "name"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}".strip()

    def get_absolute_url(self) -> str:
        return reverse("followup:indicator", args=[self.pk])
