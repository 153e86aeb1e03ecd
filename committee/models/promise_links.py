"""What a promised measure is carried out through: measures and programmes for a balanced
economy, the internal control plan's actions and the operational plan's assignments.

Each link is a row of its own with a history, so the promise's history shows when a link
was added or removed and by whom.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from committee.models.review import PromisedMeasure


class PromiseEconomyMeasure(TrackedModel):
    promise = models.ForeignKey(
        PromisedMeasure,
        on_delete=models.CASCADE,
        related_name="economy_measure_links",
        verbose_name=_("promised measure"),
    )
    measure = models.ForeignKey(
        "economy.Measure",
        verbose_name=_("measure for a balanced economy"),
        on_delete=models.CASCADE,
        related_name="audit_promise_links",
    )

    class Meta:
        verbose_name = _("promise's measure for a balanced economy")
        verbose_name_plural = _("promises' measures for a balanced economy")
        constraints = [
            models.UniqueConstraint(
                fields=["promise", "measure"], name="unique_promise_economy_measure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.promise} → {self.measure}"


class PromiseProgramme(TrackedModel):
    promise = models.ForeignKey(
        PromisedMeasure,
        on_delete=models.CASCADE,
        related_name="programme_links",
        verbose_name=_("promised measure"),
    )
    programme = models.ForeignKey(
        "economy.Programme",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="audit_promise_links",
    )

    class Meta:
        verbose_name = _("promise's programme")
        verbose_name_plural = _("promises' programmes")
        constraints = [
            models.UniqueConstraint(
                fields=["promise", "programme"], name="unique_promise_programme"
            )
        ]

    def __str__(self) -> str:
        return f"{self.promise} → {self.programme}"


class PromiseAction(TrackedModel):
    promise = models.ForeignKey(
        PromisedMeasure,
        on_delete=models.CASCADE,
        related_name="action_links",
        verbose_name=_("promised measure"),
    )
    action = models.ForeignKey(
        "internal_control.Action",
        verbose_name=_("action"),
        on_delete=models.CASCADE,
        related_name="audit_promise_links",
    )

    class Meta:
        verbose_name = _("promise's action")
        verbose_name_plural = _("promises' actions")
        constraints = [
            models.UniqueConstraint(fields=["promise", "action"], name="unique_promise_action")
        ]

    def __str__(self) -> str:
        return f"{self.promise} → {self.action}"


class PromiseAssignment(TrackedModel):
    promise = models.ForeignKey(
        PromisedMeasure,
        on_delete=models.CASCADE,
        related_name="assignment_links",
        verbose_name=_("promised measure"),
    )
    assignment = models.ForeignKey(
        "planning.Assignment",
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="audit_promise_links",
    )

    class Meta:
        verbose_name = _("promise's assignment")
        verbose_name_plural = _("promises' assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["promise", "assignment"], name="unique_promise_assignment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.promise} → {self.assignment}"
