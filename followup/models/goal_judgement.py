"""A person's judgement of a goal in a unit's scorecard for a period, with its reason: the
committee reads goals, and a goal's measures do not always tell the whole of it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from followup.models.outcome import Fulfilment


class GoalJudgement(TrackedModel):
    goal = models.ForeignKey(
        "planning.Goal", verbose_name=_("goal"), on_delete=models.CASCADE, related_name="+"
    )
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    period = models.ForeignKey(
        "followup.Period", verbose_name=_("period"), on_delete=models.PROTECT, related_name="+"
    )
    fulfilment = models.CharField(_("judged fulfilment"), max_length=20, choices=Fulfilment.choices)
    reason = models.TextField(_("reason"))
    judged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("judged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("judgement of a goal")
        verbose_name_plural = _("judgements of goals")
        constraints = [
            models.UniqueConstraint(fields=["goal", "unit", "period"], name="unique_goal_judgement")
        ]

    def __str__(self) -> str:
        return f"{self.goal}: {self.get_fulfilment_display()}"
