"""The form of a control activity (kontrollmoment): every field the plan prints of it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from internal_control.forms import PersonChoiceField, people_of
from internal_control.models import Risk
from organisation.forms import VersionedForm
from organisation.models import User


class RiskChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.number}. {obj.title[:100]}"


class ControlForm(VersionedForm):
    what = forms.CharField(label=_("What is checked"), widget=forms.Textarea(attrs={"rows": 3}))
    risk = RiskChoiceField(
        label=_("Risk"),
        queryset=Risk.objects.none(),
        required=False,
        empty_label=_("– no risk: a control of its own –"),
    )
    method = forms.CharField(
        label=_("Control method"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    frequency = forms.CharField(label=_("Frequency"), max_length=100, required=False)
    owner = PersonChoiceField(
        label=_("Control responsible"), queryset=User.objects.none(), required=False
    )
    owner_title = forms.CharField(label=_("Responsible role"), max_length=200, required=False)
    reported_when = forms.CharField(
        label=_("Reported when"),
        max_length=200,
        required=False,
        help_text=_("For example at the August follow-up."),
    )

    def __init__(self, *args: Any, plan: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["risk"].queryset = plan.risks.order_by("number")  # type: ignore[attr-defined]
        self.fields["owner"].queryset = people_of(plan.unit.region_id)  # type: ignore[attr-defined]


class NewControlForm(ControlForm):
    version = None  # type: ignore[assignment]
