"""A report round: a document of a unit written by many, part by part, against deadlines,
approved by the one who keeps it and sent as it then stood."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Being written")
    APPROVED = "approved", _("Approved and sent")


class PartKind(models.TextChoices):
    SECTION = "section", _("Section")
    ANALYSIS = "analysis", _("Analysis")
    OUTCOMES = "outcomes", _("Outcomes")
    REPORTING = "reporting", _("Reporting by the owners")


class PartState(models.TextChoices):
    OPEN = "open", _("Not ready")
    READY = "ready", _("Marked ready")
    RETURNED = "returned", _("Sent back")


class ReportRound(TrackedModel):
    """The round of one document: a unit's report for a period (`document` is its kind in
    chapters.documents, `owner` what the kind names it by, the period's id)."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    document = models.CharField(_("document"), max_length=30)
    owner = models.PositiveIntegerField(_("of"))
    title = models.CharField(_("title"), max_length=300)
    instructions = models.TextField(_("instructions to every writer"), blank=True, max_length=5000)
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    started_from = models.ForeignKey(
        "self",
        verbose_name=_("started from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)

    class Meta:
        verbose_name = _("report round")
        verbose_name_plural = _("report rounds")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "document", "owner"], name="one_round_per_document"
            )
        ]

    def __str__(self) -> str:
        return self.title


class RoundPart(TrackedModel):
    """What one writer is asked for by a deadline: a section of the text, the analysis of a
    measure, goal or perspective, or the outcomes of the period."""

    round = models.ForeignKey(
        ReportRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="parts"
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=PartKind.choices)
    title = models.CharField(_("title"), max_length=300)
    # A section: the chapter it is written in (kept when the chapter is removed, as a title).
    chapter = models.ForeignKey(
        "chapters.Chapter",
        verbose_name=_("chapter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An analysis: what it is of ("matt", "mal" or "perspektiv") and its id; the owners'
    # reporting: of which items ("atgarder", "risker" or "kontrollmoment").
    subject_kind = models.CharField(_("of what"), max_length=20, blank=True)
    subject_id = models.PositiveIntegerField(_("analysed"), null=True, blank=True)
    writer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("writer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField(_("deadline"), null=True, blank=True)
    instructions = models.TextField(_("instructions"), blank=True, max_length=5000)
    state = models.CharField(
        _("state"), max_length=10, choices=PartState.choices, default=PartState.OPEN
    )
    comment = models.TextField(_("comment when sent back"), blank=True, max_length=5000)
    ready_at = models.DateTimeField(_("marked ready"), null=True, blank=True)

    class Meta:
        verbose_name = _("part of a report round")
        verbose_name_plural = _("parts of report rounds")
        ordering = ["round", "order", "pk"]

    def __str__(self) -> str:
        return self.title
