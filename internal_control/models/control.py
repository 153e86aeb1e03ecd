"""Control activities (kontrollmoment) and their results at each follow-up."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class ControlActivity(TrackedModel):
    plan = models.ForeignKey(
        "internal_control.ControlPlan",
        on_delete=models.CASCADE,
        related_name="controls",
        verbose_name=_("internal control plan"),
    )
    risk = models.ForeignKey(
        "internal_control.Risk",
        verbose_name=_("risk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="controls",
    )
    number = models.PositiveIntegerField(_("number"))
    what = models.TextField(_("what is checked"))
    method = models.TextField(_("method"), blank=True)
    frequency = models.CharField(_("frequency"), max_length=100, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_controls",
    )
    owner_title = models.CharField(_("responsible role"), max_length=200, blank=True)
    reported_when = models.CharField(
        _("reported when"),
        max_length=200,
        blank=True,
        help_text=_("For example at the August follow-up."),
    )
    # A control no longer performed is ended with a reason: it stays in the plan as adopted,
    # with the results it has, and is asked for by no later follow-up.
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.TextField(_("why the control was ended"), blank=True)

    class Meta:
        verbose_name = _("control activity")
        verbose_name_plural = _("control activities")
        ordering = ["number"]

    def __str__(self) -> str:
        text = self.what if len(self.what) <= 80 else self.what[:79] + "…"
        return f"K{self.number}. {text}"


class ControlOutcome(models.TextChoices):
    OK = "ok", _("OK")
    DEVIATION = "deviation", _("Deviation")
    NOT_PERFORMED = "not_performed", _("Not performed")


class ControlResult(TrackedModel):
    control = models.ForeignKey(
        ControlActivity,
        on_delete=models.CASCADE,
        related_name="results",
        verbose_name=_("control activity"),
    )
    followup = models.ForeignKey(
        "internal_control.FollowUp",
        verbose_name=_("follow-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="control_results",
    )
    performed_on = models.DateField(_("performed on"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=ControlOutcome.choices)
    findings = models.TextField(_("what was found"), blank=True)
    measures = models.TextField(_("what is done"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("control result")
        verbose_name_plural = _("control results")
        ordering = ["control", "performed_on", "pk"]

    def __str__(self) -> str:
        return f"{self.control} {self.performed_on}"
