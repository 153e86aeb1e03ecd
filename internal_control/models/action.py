"""Actions (åtgärder) against risks, and their dated status reports.

An action belongs to a unit, not to one risk: the same action serves several risks, and
in planning it can serve goals too.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class ActionStatus(models.TextChoices):
    """What the owner last reported; an action nobody has reported on has no status."""

    NOT_REPORTED = "", _("Not reported")
    PLANNED = "planned", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


REPORTED_STATUSES = [(value, label) for value, label in ActionStatus.choices if value]
# An action in one of these is reported on at each follow-up; done and cancelled ones are not.
OPEN_ACTION_STATUSES = [
    ActionStatus.NOT_REPORTED,
    ActionStatus.PLANNED,
    ActionStatus.IN_PROGRESS,
    ActionStatus.POSTPONED,
]


class Action(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    plan = models.ForeignKey(
        "internal_control.ControlPlan",
        verbose_name=_("internal control plan"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="actions",
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.TextField(_("action"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_actions",
    )
    owner_title = models.CharField(_("responsible role"), max_length=200, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionStatus.choices,
        blank=True,
        default=ActionStatus.NOT_REPORTED,
    )
    risks = models.ManyToManyField(
        "internal_control.Risk",
        through="internal_control.ActionRisk",
        related_name="actions",
        blank=True,
    )
    goals = models.ManyToManyField(
        "planning.Goal",
        through="internal_control.ActionGoal",
        related_name="actions",
        blank=True,
    )

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["number"]

    def __str__(self) -> str:
        text = self.title if len(self.title) <= 80 else self.title[:79] + "…"
        return f"Å{self.number}. {text}"

    def get_absolute_url(self) -> str:
        return reverse("internal_control:action", args=[self.pk])


class ActionRisk(TrackedModel):
    """An action against a risk, wherever the plan prints the risk, or only under one of the
    assignments the risk threatens: the same risk can have other actions under another."""

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="risk_links", verbose_name=_("action")
    )
    risk = models.ForeignKey(
        "internal_control.Risk",
        on_delete=models.CASCADE,
        related_name="action_links",
        verbose_name=_("risk"),
    )
    assignment = models.ForeignKey(
        "planning.Assignment",
        verbose_name=_("under the assignment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="action_risk_links",
    )
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("The place of the action among the risk's actions.")
    )

    class Meta:
        verbose_name = _("action's risk")
        verbose_name_plural = _("actions' risks")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["action", "risk"],
                condition=models.Q(assignment__isnull=True),
                name="unique_action_risk",
            ),
            models.UniqueConstraint(
                fields=["action", "risk", "assignment"],
                condition=models.Q(assignment__isnull=False),
                name="unique_action_risk_under_assignment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action} → {self.risk}"


class ActionGoal(TrackedModel):
    """A goal an action serves: the same action can serve a goal and a risk."""

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="goal_links", verbose_name=_("action")
    )
    goal = models.ForeignKey(
        "planning.Goal",
        on_delete=models.PROTECT,
        related_name="action_links",
        verbose_name=_("goal"),
    )

    class Meta:
        verbose_name = _("action's goal")
        verbose_name_plural = _("actions' goals")
        constraints = [
            models.UniqueConstraint(fields=["action", "goal"], name="unique_action_goal")
        ]

    def __str__(self) -> str:
        return f"{self.action} → {self.goal}"


class ActionUpdate(TrackedModel):
    """A status and comment on an action, dated, usually at a follow-up."""

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="updates", verbose_name=_("action")
    )
    followup = models.ForeignKey(
        "internal_control.FollowUp",
        verbose_name=_("follow-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_updates",
    )
    reported_on = models.DateField(_("reported on"))
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Blank when the report gives a comment but no status (as a source document may).
    status = models.CharField(_("status"), max_length=20, choices=ActionStatus.choices, blank=True)
    comment = models.TextField(_("comment"))

    class Meta:
        verbose_name = _("action report")
        verbose_name_plural = _("action reports")
        ordering = ["action", "reported_on", "pk"]

    def __str__(self) -> str:
        return f"{self.action.number} {self.reported_on}"
