"""Outcomes of an indicator for a unit and period, in total and for women and men."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Fulfilment(models.TextChoices):
    MET = "met", _("Met")
    PARTLY_MET = "partly_met", _("Partly met")
    NOT_MET = "not_met", _("Not met")
    NOT_ASSESSABLE = "not_assessable", _("Not assessable")


class Outcome(TrackedModel):
    indicator = models.ForeignKey(
        "planning.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="outcomes",
    )
    period = models.ForeignKey(
        "followup.Period",
        verbose_name=_("period"),
        on_delete=models.PROTECT,
        related_name="outcomes",
    )
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=3, null=True, blank=True)
    women = models.DecimalField(_("women"), max_digits=14, decimal_places=3, null=True, blank=True)
    men = models.DecimalField(_("men"), max_digits=14, decimal_places=3, null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    # Kept as the source gives them; `followup.contradictions` flags where they disagree.
    stated_elsewhere = models.JSONField(
        _("stated elsewhere in the source"),
        default=list,
        blank=True,
        help_text=_(
            "The same outcome as other places of the source give it: a list of "
            "{place, total, women, men}."
        ),
    )
    manual_fulfilment = models.CharField(
        _("judged fulfilment"), max_length=20, choices=Fulfilment.choices, blank=True
    )
    manual_reason = models.TextField(_("reason for the judgement"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reported by"),
    )

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period", "unit"], name="one_outcome_per_indicator_period_unit"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.period}"
