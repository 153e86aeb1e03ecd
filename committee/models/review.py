"""Audits: the auditors' review, their recommendations, the committee's answer to each, the
measures it promised and their follow-up until the auditors close the recommendation.

The answer letter (seed 003) is generated from these rows: date and case number, who
handles it, the introduction, each recommendation followed by "Svar:", the closing and the
signatories. Texts are kept as written; paragraphs are separated by blank lines and a line
starting with "▪" or "•" is a bullet.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from audit.models import TrackedModel


class AuditReview(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("answering body"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("review"), max_length=300)
    auditors = models.CharField(
        _("auditors"), max_length=300, help_text=_("For example Regionens revisorer.")
    )
    reviewed_on = models.DateField(_("date of the review"), null=True, blank=True)
    overall_assessment = models.TextField(_("the auditors' overall assessment"), blank=True)
    case_number = models.CharField(
        _("case number"), max_length=60, blank=True, help_text=_("For example HSN/1641/2025.")
    )
    answer_title = models.CharField(_("title of the answer"), max_length=300, blank=True)
    answer_due_on = models.DateField(_("answer due"), null=True, blank=True)
    answered_on = models.DateField(_("date of the answer"), null=True, blank=True)
    addressee = models.CharField(_("to"), max_length=300, blank=True)
    handled_by = models.CharField(
        _("handled by"), max_length=300, blank=True, help_text=_("As in the letterhead.")
    )
    handled_by_unit = models.CharField(_("handled by, unit"), max_length=300, blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    closing = models.TextField(_("closing"), blank=True)
    signed_for = models.CharField(
        _("signed for"),
        max_length=300,
        blank=True,
        help_text=_("For example Hälso- och sjukvårdsnämnden."),
    )

    class Meta:
        verbose_name = _("audit review")
        verbose_name_plural = _("audit reviews")
        ordering = ["-answered_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("committee:review", args=[self.pk])


class Signatory(TrackedModel):
    review = models.ForeignKey(
        AuditReview,
        on_delete=models.CASCADE,
        related_name="signatories",
        verbose_name=_("audit review"),
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["review", "order", "pk"]

    def __str__(self) -> str:
        return self.name


class RecommendationStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed by the auditors")


class Recommendation(TrackedModel):
    review = models.ForeignKey(
        AuditReview,
        on_delete=models.CASCADE,
        related_name="recommendations",
        verbose_name=_("audit review"),
    )
    number = models.PositiveIntegerField(_("number"))
    text = models.TextField(_("recommendation"))
    answer = models.TextField(_("answer"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.OPEN,
    )
    closed_on = models.DateField(pgettext_lazy("review", "closed on"), null=True, blank=True)
    closing_note = models.TextField(_("the auditors' closing note"), blank=True)

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["review", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="unique_recommendation_number"
            )
        ]

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{self.number}. {text}"

    def get_absolute_url(self) -> str:
        return reverse("committee:recommendation", args=[self.pk])


class PromiseStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class PromisedMeasure(TrackedModel):
    """What the committee promised to do about a recommendation."""

    recommendation = models.ForeignKey(
        Recommendation,
        on_delete=models.CASCADE,
        related_name="promises",
        verbose_name=_("recommendation"),
    )
    text = models.TextField(_("measure"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner_title = models.CharField(_("responsible"), max_length=300, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    # Empty until someone reports: no report, no status.
    status = models.CharField(_("status"), max_length=20, choices=PromiseStatus.choices, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    # Each link is a tracked row of its own (committee/models/promise_links.py).
    economy_measures = models.ManyToManyField(
        "economy.Measure",
        related_name="audit_promises",
        blank=True,
        through="committee.PromiseEconomyMeasure",
    )
    programmes = models.ManyToManyField(
        "economy.Programme",
        related_name="audit_promises",
        blank=True,
        through="committee.PromiseProgramme",
    )
    actions = models.ManyToManyField(
        "internal_control.Action",
        related_name="audit_promises",
        blank=True,
        through="committee.PromiseAction",
    )
    assignments = models.ManyToManyField(
        "planning.Assignment",
        related_name="audit_promises",
        blank=True,
        through="committee.PromiseAssignment",
    )

    class Meta:
        verbose_name = _("promised measure")
        verbose_name_plural = _("promised measures")
        ordering = ["recommendation", "order", "pk"]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"


class PromiseReport(TrackedModel):
    """A dated report on a promised measure: its status and what was done."""

    promise = models.ForeignKey(
        PromisedMeasure,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("promised measure"),
    )
    reported_on = models.DateField(_("reported on"))
    status = models.CharField(_("status"), max_length=20, choices=PromiseStatus.choices)
    comment = models.TextField(_("what was done"))
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("report on a promised measure")
        verbose_name_plural = _("reports on promised measures")
        ordering = ["promise", "reported_on", "pk"]

    def __str__(self) -> str:
        return f"{self.promise} {self.reported_on}"
