"""The goal hierarchy: strategies or perspectives, goals at every level, and assignments."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class PerspectiveKind(models.TextChoices):
    STRATEGY = "strategy", _("Strategy")
    PERSPECTIVE = "perspective", _("Perspective")


class Perspective(TrackedModel):
    """A strategy of the regional plan (Vård, Ekonomi, …) or a scorecard perspective."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PerspectiveKind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("strategy or perspective")
        verbose_name_plural = _("strategies and perspectives")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class GoalLevel(models.TextChoices):
    OVERARCHING = "overarching", _("Overarching goal")
    STRATEGIC = "strategic", _("Strategic goal")
    GOAL_AREA = "goal_area", _("Goal area")
    SUCCESS_FACTOR = "success_factor", _("Success factor")
    COMMITTEE = "committee", _("Committee goal")
    OPERATIONAL = "operational", _("Operational goal")


class Goal(TrackedModel):
    """A goal of a unit; `parent` is the goal above it that it contributes to."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    perspective = models.ForeignKey(
        Perspective,
        verbose_name=_("strategy or perspective"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="goals",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("contributes to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    assignment = models.ForeignKey(
        "planning.Assignment",
        verbose_name=_("serves assignment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="goals",
        help_text=_("The assignment from the level above that this goal carries out."),
    )
    level = models.CharField(_("level"), max_length=20, choices=GoalLevel.choices)
    code = models.CharField(_("number"), max_length=20, blank=True)
    title = models.CharField(_("title"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    first_year = models.PositiveIntegerField(_("from year"), null=True, blank=True)
    last_year = models.PositiveIntegerField(
        _("to year"), null=True, blank=True, help_text=_("Empty: until further notice.")
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["order", "code", "title"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}".strip()


class Assignment(TrackedModel):
    """An assignment (uppdrag) given to the unit, usually under a goal of the level above."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("goal"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    code = models.CharField(_("number"), max_length=20, blank=True)
    year = models.PositiveIntegerField(
        _("year"), null=True, blank=True, help_text=_("The plan year the assignment is given for.")
    )
    text = models.TextField(_("assignment"))
    given_to = models.CharField(
        _("given to"),
        max_length=300,
        blank=True,
        help_text=_("As written, for example Regionstyrelsen och Hälso- och sjukvårdsnämnden."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{self.code} {text}".strip()
