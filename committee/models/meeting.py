"""The committee's year: its meetings with what is brought up, and the areas it follows up."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Meeting(TrackedModel):
    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("body"), on_delete=models.PROTECT, related_name="+"
    )
    date = models.DateField(_("date"))
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("For a meeting over several days.")
    )

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.unit} {self.date}"


class MeetingItem(TrackedModel):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="items", verbose_name=_("meeting")
    )
    kind = models.CharField(
        _("kind"), max_length=100, help_text=_("For example Återkommande ärenden.")
    )
    topic = models.TextField(_("topic"))
    presenter = models.CharField(_("presented by"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    # What the item presents, where it is kept in styr: read from the meeting's page.
    control_plan = models.ForeignKey(
        "internal_control.ControlPlan",
        verbose_name=_("internal control plan presented"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_items",
    )
    report_period = models.ForeignKey(
        "followup.Period",
        verbose_name=_("report presented, for the period"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The body's tertial report for this period."),
    )
    follow_up_area = models.ForeignKey(
        "committee.FollowUpArea",
        verbose_name=_("follow-up area reported"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_items",
    )
    review = models.ForeignKey(
        "committee.AuditReview",
        verbose_name=_("audit review presented"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_items",
    )

    class Meta:
        verbose_name = _("meeting item")
        verbose_name_plural = _("meeting items")
        ordering = ["meeting", "order", "pk"]

    def __str__(self) -> str:
        return self.topic[:80]


class FollowUpArea(TrackedModel):
    """An area the committee follows up during the year (uppföljningsplan)."""

    unit = models.ForeignKey(
        "organisation.Unit", verbose_name=_("body"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    name = models.CharField(_("area"), max_length=200)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("follow-up area")
        verbose_name_plural = _("follow-up areas")
        ordering = ["year", "order", "pk"]

    def __str__(self) -> str:
        return self.name
