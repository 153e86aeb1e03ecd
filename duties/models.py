"""Reminders: the region's rules for when they go out, each person's choice, what was sent."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from audit.models import TrackedModel


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")


class ReminderRules(TrackedModel):
    """When a region's reminders go out. A region without rules has the installation's."""

    region = models.OneToOneField(
        "organisation.Unit",
        verbose_name=_("region"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"parent__isnull": True},
    )
    days_before = models.PositiveIntegerField(
        _("days before the deadline"),
        validators=[MaxValueValidator(60)],
        help_text=_("A reminder goes out this many days before a deadline."),
    )
    days_after = models.PositiveIntegerField(
        _("days after the deadline"),
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("What is still not reported this many days after its deadline is reminded of."),
    )
    digest_weekday = models.IntegerField(
        _("day of the weekly summary"), choices=Weekday.choices, default=Weekday.MONDAY
    )

    class Meta:
        verbose_name = _("reminder rules")
        verbose_name_plural = _("reminder rules")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)


class ReminderChoice(TrackedModel):
    """What one person chooses to receive by e-mail. Without a choice: both reminders."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="reminder_choice",
    )
    before = models.BooleanField(_("a reminder before each deadline"), default=True)
    after = models.BooleanField(_("a reminder when a deadline has passed"), default=True)
    digest = models.BooleanField(_("a weekly summary of everything due"), default=False)

    class Meta:
        verbose_name = _("reminder choice")
        verbose_name_plural = _("reminder choices")

    def __str__(self) -> str:
        return str(self.user)


class Stage(models.TextChoices):
    BEFORE = "before", _("Before the deadline")
    AFTER = "after", _("After the deadline")
    DIGEST = "digest", _("Weekly summary")
    BY_HAND = "by_hand", _("Reminded by hand")


class ReminderSent(models.Model):
    """One reminder e-mailed to one person about one deadline: the record that it is sent once.

    `subject` names what the deadline is for ("followup:4", "promise:12", "digest"). An
    automatic reminder is unique per person, subject, deadline and stage however often the job
    runs; one by hand is unique per person, subject and day, so a second press says it is sent.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders_sent"
    )
    subject = models.CharField(max_length=60)
    due_on = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=10, choices=Stage.choices)
    sent_on = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    items = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "subject", "due_on", "stage"],
                condition=~Q(stage="by_hand"),
                name="one_reminder_per_deadline",
            ),
            models.UniqueConstraint(
                fields=["user", "subject", "sent_on"],
                condition=Q(stage="by_hand"),
                name="one_reminder_by_hand_a_day",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.subject} {self.stage}"


class CalendarFeed(models.Model):
    """A secret address from which a person's calendar reads deadlines and meetings.

    For the person (their own deadlines and the meetings of the bodies they hold a role in)
    or for one body. Stored only as a hash, shown once, revocable; what it gives is what its
    person may see at the time it is read.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("body"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the person's own calendar."),
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_read_at = models.DateTimeField(_("last read"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar address")
        verbose_name_plural = _("calendar addresses")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.unit or self.user} ({self.hint}…)"
