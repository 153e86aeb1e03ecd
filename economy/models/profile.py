"""How an organisation spreads an annual budget over the months of the year."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class PeriodisationProfile(TrackedModel):
    """Twelve weights, January first, in proportion to which the year's budget falls on each
    month (for example more in the autumn, less in July). Without a profile an organisation's
    budgets are spread evenly."""

    region = models.OneToOneField(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    weights = models.JSONField(_("weight per month"), default=list)
    description = models.CharField(_("description"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("periodisation profile")
        verbose_name_plural = _("periodisation profiles")

    def __str__(self) -> str:
        return self.description or str(self.region)
