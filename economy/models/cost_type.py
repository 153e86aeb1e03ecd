"""The organisation's cost types and how its financial system's codes map onto them.

Each organisation has its own chart of accounts and cost centres: which accounts make up
"personalkostnader" and which cost centre is which division is data it keeps, not code.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class CostTypeKind(models.TextChoices):
    INCOME = "income", _("Income")
    COST = "cost", _("Cost")


class CostType(TrackedModel):
    """A line of the budget by cost type (seed 002: externa intäkter … interna kostnader)."""

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    code = models.CharField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=CostTypeKind.choices)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("cost type")
        verbose_name_plural = _("cost types")
        ordering = ["region", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["region", "code"], name="unique_cost_type_code")
        ]

    def __str__(self) -> str:
        return self.name


class AccountMapping(TrackedModel):
    """Accounts from `first_account` to `last_account` (as text, compared digit by digit of
    equal length) belong to a cost type."""

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    first_account = models.CharField(_("from account"), max_length=20)
    last_account = models.CharField(_("to account"), max_length=20)
    cost_type = models.ForeignKey(
        CostType, verbose_name=_("cost type"), on_delete=models.PROTECT, related_name="accounts"
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("account mapping")
        verbose_name_plural = _("account mappings")
        ordering = ["region", "first_account"]

    def __str__(self) -> str:
        return f"{self.first_account}–{self.last_account} → {self.cost_type}"


class CostCentreMapping(TrackedModel):
    """A cost centre (ansvar) of the financial system and the unit it is."""

    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    cost_centre = models.CharField(_("cost centre"), max_length=40)
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    is_example = models.BooleanField(_("example figure"), default=False)

    class Meta:
        verbose_name = _("cost centre mapping")
        verbose_name_plural = _("cost centre mappings")
        ordering = ["region", "cost_centre"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "cost_centre"], name="unique_cost_centre_per_region"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cost_centre} → {self.unit}"
