"""The organisation's risk categories: its own words for the kinds of risk it plans for.

Region Jämtland Härjedalen's regional board sorts risks by the requirement they threaten
(c–f, seed 001); another organisation names five risk categories such as legal risk and IT
risk. Both are rows here, with the heading the organisation gives the list.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class RiskCategory(TrackedModel):
    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    code = models.CharField(
        _("code"), max_length=10, help_text=_("As the plans print it, for example c or IT.")
    )
    name = models.CharField(_("name"), max_length=300)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("risk category")
        verbose_name_plural = _("risk categories")
        ordering = ["region", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["region", "code"], name="unique_risk_category_code")
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"


class RiskWords(TrackedModel):
    """What the organisation calls its risk categories (Kravtyp, Riskkategori …)."""

    region = models.OneToOneField(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    category_heading = models.CharField(
        _("heading of the risk categories"),
        max_length=60,
        blank=True,
        help_text=_("For example Kravtyp or Riskkategori, as the plans print it."),
    )

    class Meta:
        verbose_name = _("words of the risk plan")
        verbose_name_plural = _("words of the risk plan")

    def __str__(self) -> str:
        return self.category_heading
