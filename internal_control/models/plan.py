"""The internal control plan of a unit for a year, its adoption and its follow-up points."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel
from committee.models.decision import AdoptionDecision


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ADOPTED = "adopted", _("Adopted")


class ControlPlan(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=300)
    case_number = models.CharField(
        _("case number"), max_length=60, blank=True, help_text=_("For example RS/818/2021.")
    )
    matrix = models.ForeignKey(
        "internal_control.RiskMatrix",
        verbose_name=_("risk matrix"),
        on_delete=models.PROTECT,
        related_name="plans",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    published_to_region = models.BooleanField(
        _("published to the region"),
        default=False,
        help_text=_(
            "The region's controllers read the plan's risks and may take them into their own "
            "plans. The rest of the plan stays with its unit."
        ),
    )
    copied_from = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("internal control plan")
        verbose_name_plural = _("internal control plans")
        ordering = ["-year", "title"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="one_control_plan_per_unit_year")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("internal_control:plan", args=[self.pk])


class PlanAdoption(AdoptionDecision):
    """A decision adopting the plan; `snapshot` is the plan as adopted (plan_document)."""

    plan = models.ForeignKey(
        ControlPlan,
        on_delete=models.PROTECT,
        related_name="adoptions",
        verbose_name=_("internal control plan"),
    )

    class Meta(AdoptionDecision.Meta):
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")


class FollowUp(TrackedModel):
    """A point of the year where owners report on their actions, controls and risks."""

    plan = models.ForeignKey(
        ControlPlan,
        on_delete=models.CASCADE,
        related_name="followups",
        verbose_name=_("internal control plan"),
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("For example Uppföljning augusti.")
    )
    due_on = models.DateField(_("report by"))
    closed = models.BooleanField(_("closed"), default=False)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on"]

    def __str__(self) -> str:
        return self.name
