"""Forms of the committee's calendar; the rules are the services' (committee.services.meetings)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from committee.models import AuditReview, FollowUpArea, Meeting
from followup.models import Period, PeriodKind
from internal_control.forms import DATE
from internal_control.models import ControlPlan
from organisation.forms import VersionedForm


class MeetingForm(VersionedForm):
    date = forms.DateField(label=_("Date"), widget=DATE)
    end_date = forms.DateField(
        label=_("Last day"),
        required=False,
        widget=DATE,
        help_text=_("For a meeting over several days."),
    )


class NewMeetingForm(MeetingForm):
    version = None  # type: ignore[assignment]


class ItemForm(VersionedForm):
    kind = forms.CharField(
        label=_("Kind"), max_length=100, help_text=_("For example Återkommande ärenden.")
    )
    topic = forms.CharField(label=_("Topic"), widget=forms.Textarea(attrs={"rows": 3}))
    presenter = forms.CharField(label=_("Presented by"), max_length=300, required=False)
    control_plan = forms.ModelChoiceField(
        label=_("Internal control plan presented"),
        queryset=ControlPlan.objects.none(),
        required=False,
        empty_label=_("– none –"),
    )
    report_period = forms.ModelChoiceField(
        label=_("Report presented, for the period"),
        queryset=Period.objects.none(),
        required=False,
        empty_label=_("– none –"),
        help_text=_("The body's tertial report for this period."),
    )
    follow_up_area = forms.ModelChoiceField(
        label=_("Follow-up area reported"),
        queryset=FollowUpArea.objects.none(),
        required=False,
        empty_label=_("– none –"),
        help_text=_("One of the areas the body follows up during the meeting's year."),
    )
    review = forms.ModelChoiceField(
        label=_("Audit review presented"),
        queryset=AuditReview.objects.none(),
        required=False,
        empty_label=_("– none –"),
    )

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["control_plan"].queryset = ControlPlan.objects.filter(  # type: ignore[attr-defined]
            unit=meeting.unit
        ).order_by("-year")
        self.fields["report_period"].queryset = Period.objects.filter(  # type: ignore[attr-defined]
            unit_id=meeting.unit.region_id, kind=PeriodKind.TERTIAL
        ).order_by("-ends_on")
        self.fields["follow_up_area"].queryset = FollowUpArea.objects.filter(  # type: ignore[attr-defined]
            unit=meeting.unit, year=meeting.date.year
        )
        self.fields["review"].queryset = AuditReview.objects.filter(  # type: ignore[attr-defined]
            unit=meeting.unit
        ).order_by("-reviewed_on", "title")


class NewItemForm(ItemForm):
    version = None  # type: ignore[assignment]
