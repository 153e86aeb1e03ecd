"""The organisation's reporting year: each period it reports, with its own name and bounds.

Region Jämtland Härjedalen reports months and tertials named by their reports (DÅ04, DÅ08,
ÅR); another organisation reports a half-year "per 30 juni", a school year "2021/2022". A
year of periods is made from these rows (followup.calendar.periods_from_pattern).
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from followup.models.period import PeriodKind

MONTH = [MinValueValidator(1), MaxValueValidator(12)]
DAY = [MinValueValidator(1), MaxValueValidator(31)]


class PeriodPattern(TrackedModel):
    region = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=PeriodKind.choices)
    number = models.PositiveIntegerField(_("number"), validators=[MinValueValidator(1)])
    name = models.CharField(
        _("name"),
        max_length=40,
        help_text=_(
            "As the organisation names the period, for example DÅ04 or per 30 juni; "
            "{år} and {nästa år} give the years, as in {år}/{nästa år}."
        ),
    )
    starts_month = models.PositiveSmallIntegerField(_("starts in month"), validators=MONTH)
    starts_day = models.PositiveSmallIntegerField(_("starts on day"), default=1, validators=DAY)
    ends_month = models.PositiveSmallIntegerField(_("ends in month"), validators=MONTH)
    ends_day = models.PositiveSmallIntegerField(
        _("ends on day"),
        default=31,
        validators=DAY,
        help_text=_("A day past the month's last is its last, as 31 in June is the 30th."),
    )
    ends_next_year = models.BooleanField(
        _("ends the year after"), default=False, help_text=_("For a school year, August to June.")
    )

    class Meta:
        verbose_name = _("period of the reporting year")
        verbose_name_plural = _("periods of the reporting year")
        ordering = ["region", "ends_next_year", "ends_month", "ends_day", "kind", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "kind", "number"], name="unique_pattern_period"
            )
        ]

    def __str__(self) -> str:
        return self.name
