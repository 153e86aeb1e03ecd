"""The forms that end a risk, take it up again, or remove it from a draft plan."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from internal_control.forms import DATE
from organisation.forms import VersionedForm


class EndRiskForm(VersionedForm):
    ended_on = forms.DateField(label=_("Ended on"), widget=DATE)
    reason = forms.CharField(
        label=_("Why the risk no longer applies"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Printed with the risk in the plan and kept in its history."),
    )


class ResumeRiskForm(VersionedForm):
    reason = forms.CharField(
        label=_("Why the risk applies again"), widget=forms.Textarea(attrs={"rows": 3})
    )


class RemoveRiskForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, remove the risk from the draft, with its assessments and links"),
    )
    reason = forms.CharField(
        label=_("Why (kept in the history)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EndControlForm(EndRiskForm):
    reason = forms.CharField(
        label=_("Why the control activity is no longer performed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Printed with the control activity in the plan and kept in its history."),
    )


class ResumeControlForm(ResumeRiskForm):
    reason = forms.CharField(
        label=_("Why the control activity is performed again"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
