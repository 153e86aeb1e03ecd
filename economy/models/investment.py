"""Planned investments of a unit for a year: reinvestments and new investments, in tkr."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class InvestmentKind(models.TextChoices):
    REINVESTMENT = "RE", _("Reinvestment")
    NEW = "NY", _("New investment")


class Investment(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    area = models.CharField(
        _("area, department or unit"), max_length=300, blank=True, help_text=_("As written.")
    )
    name = models.TextField(_("item"))
    kind = models.CharField(_("kind"), max_length=2, choices=InvestmentKind.choices)
    amount_tkr = models.DecimalField(
        _("amount (tkr)"), max_digits=14, decimal_places=1, null=True, blank=True
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("investment")
        verbose_name_plural = _("investments")
        ordering = ["year", "kind", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"
