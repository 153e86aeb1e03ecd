"""How the organisation judges a measure's outcome: the band of "delvis uppfyllt"."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel

# styr's band where an organisation has set none: an outcome within a tenth of its target.
DEFAULT_PARTLY_BAND = Decimal("10")
BAND_LIMITS = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))]


class JudgementRules(TrackedModel):
    region = models.OneToOneField(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    partly_band = models.DecimalField(
        _("band of partly met, per cent of the target"),
        max_digits=5,
        decimal_places=2,
        validators=BAND_LIMITS,
        help_text=_(
            "An outcome that misses its target by at most this share of the target value is "
            "partly met. 0 makes every miss not met."
        ),
    )

    goal_rule = models.CharField(
        _("a goal's fulfilment from its measures"),
        max_length=10,
        choices=[
            ("all", _("Met when all its measures are met")),
            ("most", _("Met when most of its measures are met")),
            ("weighted", _("Met when its met measures weigh more than half")),
        ],
        default="all",
    )

    class Meta:
        verbose_name = _("judgement rules")
        verbose_name_plural = _("judgement rules")

    def __str__(self) -> str:
        return f"{self.partly_band} %"
