"""The written analysis of a perspective, a goal or a measure in a unit's report for a period.

A report asks of each: how fulfilment looks, why it developed so, what is done where a goal
will not be met, and what the full year will bring. `forecast` is the writer's forecast of
the full year's fulfilment; empty means that no forecast is given, never a default.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from followup.models.outcome import Fulfilment

# The longest analysis: some pages of text, well within what a report prints.
TEXT_LENGTH = 20_000

# The kinds of subject, as the page's address names them, and the field of each.
SUBJECT_FIELDS = {"perspektiv": "perspective", "mal": "goal", "matt": "indicator"}


def _only(field: str) -> Q:
    others = [f for f in SUBJECT_FIELDS.values() if f != field]
    return Q(**{f"{field}__isnull": False}) & Q(**{f"{o}__isnull": True for o in others})


class Analysis(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    period = models.ForeignKey(
        "followup.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+"
    )
    perspective = models.ForeignKey(
        "planning.Perspective",
        verbose_name=_("perspective"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    goal = models.ForeignKey(
        "planning.Goal",
        verbose_name=_("goal"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    indicator = models.ForeignKey(
        "planning.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    text = models.TextField(_("analysis"), max_length=TEXT_LENGTH, blank=True)
    forecast = models.CharField(
        _("forecast for the full year"),
        max_length=20,
        choices=Fulfilment.choices,
        blank=True,
        help_text=_("Empty: no forecast given."),
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("analysis")
        verbose_name_plural = _("analyses")
        constraints = [
            models.CheckConstraint(
                condition=_only("perspective") | _only("goal") | _only("indicator"),
                name="analysis_of_one_subject",
            ),
            *(
                models.UniqueConstraint(
                    fields=["unit", "period", field],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"unique_analysis_of_{field}",
                )
                for field in SUBJECT_FIELDS.values()
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject}: {self.period}"

    @property
    def kind(self) -> str:
        """The kind of subject as the page's address names it: perspektiv, mal or matt."""
        return next(k for k, f in SUBJECT_FIELDS.items() if getattr(self, f"{f}_id") is not None)

    @property
    def subject_id(self) -> int:
        return int(getattr(self, f"{SUBJECT_FIELDS[self.kind]}_id"))

    @property
    def subject(self) -> object:
        return getattr(self, SUBJECT_FIELDS[self.kind])
