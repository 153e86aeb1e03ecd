"""Risks of a plan, what they threaten, and their assessments over time."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Treatment(models.TextChoices):
    ACCEPT = "accept", _("Accept")
    REDUCE = "reduce", _("Reduce")
    ELIMINATE = "eliminate", _("Eliminate")


class Risk(TrackedModel):
    plan = models.ForeignKey(
        "internal_control.ControlPlan",
        verbose_name=_("plan"),
        on_delete=models.CASCADE,
        related_name="risks",
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.TextField(_("risk"))
    consequence = models.TextField(_("consequence"), blank=True)
    cause = models.TextField(
        _("cause"), blank=True, help_text=_("Why? Because… The underlying cause of the risk.")
    )
    # The code of one of the organisation's risk categories (RiskCategory), checked by the
    # risk services on every path; a code, so that the history reads as the plans print it.
    requirement_type = models.CharField(_("risk category"), max_length=10, blank=True)
    priority = models.PositiveIntegerField(_("priority"), null=True, blank=True)
    treatment = models.CharField(
        _("treatment"), max_length=20, choices=Treatment.choices, blank=True
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_risks",
    )
    owner_title = models.CharField(
        _("responsible role"), max_length=200, blank=True, help_text=_("As written in the plan.")
    )
    # Where in the plan's unit the risk lies (a division of the committee, say); none: the
    # plan's unit itself.
    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("unit of the risk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for the plan's own unit."),
    )
    stated_score = models.PositiveIntegerField(
        _("stated score"),
        null=True,
        blank=True,
        help_text=_(
            "The score as the source document gave it, kept to be checked against the matrix."
        ),
    )
    stated_class = models.CharField(
        _("stated class"),
        max_length=10,
        blank=True,
        help_text=_(
            "The class as the source document gave it, kept to be checked against the matrix."
        ),
    )
    goals = models.ManyToManyField(
        "planning.Goal", through="internal_control.RiskGoal", related_name="risks", blank=True
    )
    assignments = models.ManyToManyField(
        "planning.Assignment",
        through="internal_control.RiskAssignment",
        related_name="risks",
        blank=True,
    )

    # A risk that no longer applies is ended with a reason, not removed: it stays in the plan
    # as adopted and in the history, and is no longer followed up from the day it ended.
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.TextField(_("why the risk was ended"), blank=True)

    class Meta:
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_risk_number_in_plan")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("internal_control:risk", args=[self.pk])

    @property
    def is_ended(self) -> bool:
        return self.ended_on is not None


class RiskGoal(TrackedModel):
    """A goal or goal area that a risk threatens."""

    risk = models.ForeignKey(
        Risk, on_delete=models.CASCADE, related_name="goal_links", verbose_name=_("risk")
    )
    goal = models.ForeignKey(
        "planning.Goal", on_delete=models.PROTECT, related_name="risk_links", verbose_name=_("goal")
    )
    order = models.PositiveIntegerField(
        _("order"),
        default=0,
        help_text=_("The place of the risk among the risks the plan lists under the goal."),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("risk's goal")
        verbose_name_plural = _("risks' goals")
        constraints = [models.UniqueConstraint(fields=["risk", "goal"], name="unique_risk_goal")]

    def __str__(self) -> str:
        return f"{self.risk} → {self.goal}"


class RiskAssignment(TrackedModel):
    """An assignment that a risk threatens; one risk may threaten several."""

    risk = models.ForeignKey(
        Risk, on_delete=models.CASCADE, related_name="assignment_links", verbose_name=_("risk")
    )
    assignment = models.ForeignKey(
        "planning.Assignment",
        on_delete=models.PROTECT,
        related_name="risk_links",
        verbose_name=_("assignment"),
    )
    order = models.PositiveIntegerField(
        _("order"),
        default=0,
        help_text=_("The place of the risk among the risks the plan lists under the assignment."),
    )

    class Meta:
        verbose_name = _("risk's assignment")
        verbose_name_plural = _("risks' assignments")
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["risk", "assignment"], name="unique_risk_assignment")
        ]

    def __str__(self) -> str:
        return f"{self.risk} → {self.assignment}"


class AssessmentStage(models.TextChoices):
    INHERENT = "inherent", _("Before actions")
    RESIDUAL = "residual", _("After actions")


class RiskAssessment(TrackedModel):
    """One assessment of a risk on the plan's matrix; score and class are computed on save."""

    risk = models.ForeignKey(
        Risk, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("risk")
    )
    assessed_on = models.DateField(_("assessed on"))
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=AssessmentStage.choices, default=AssessmentStage.INHERENT
    )
    probability = models.PositiveIntegerField(_("probability"))
    severity = models.PositiveIntegerField(_("severity"))
    score = models.PositiveIntegerField(_("score"))
    risk_class = models.ForeignKey(
        "internal_control.RiskClass",
        verbose_name=_("risk class"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    followup = models.ForeignKey(
        "internal_control.FollowUp",
        verbose_name=_("follow-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessments",
    )

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["risk", "assessed_on", "pk"]

    def __str__(self) -> str:
        return f"{self.risk.number}: {self.probability}×{self.severity} {self.assessed_on}"
