"""Forms of planning."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.forms import VersionedForm
from planning.models import Direction, Frequency, Goal


class IndicatorForm(VersionedForm):
    goal = forms.ModelChoiceField(label=_("Goal"), queryset=Goal.objects.none(), required=False)
    code = forms.CharField(label=_("Number"), max_length=20, required=False)
    name = forms.CharField(label=_("Name"), max_length=400)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    target_text = forms.CharField(
        label=_("Target"),
        max_length=300,
        required=False,
        help_text=_("In the region's own words, for example Minska or Minst 4."),
    )
    measure_unit = forms.CharField(label=_("Unit of measure"), max_length=60, required=False)
    direction = forms.ChoiceField(label=_("Direction"), choices=Direction.choices)
    frequency = forms.ChoiceField(label=_("Follow-up frequency"), choices=Frequency.choices)
    report_periods = forms.CharField(
        label=_("Reported in"),
        max_length=100,
        required=False,
        help_text=_("For example DÅ04, DÅ08, ÅR."),
    )
    sex_split = forms.BooleanField(label=_("Outcome for women and men"), required=False)
    is_count = forms.BooleanField(
        label=_("Counts"),
        required=False,
        help_text=_("Outcomes are counts, so women and men add up to the total."),
    )
    baseline_value = forms.DecimalField(label=_("Baseline"), required=False)
    baseline_year = forms.IntegerField(label=_("Baseline year"), required=False)
    benchmark_value = forms.DecimalField(label=_("Benchmark"), required=False)
    owner_title = forms.CharField(label=_("Responsible role"), max_length=200, required=False)
    data_source = forms.CharField(label=_("Data source"), max_length=300, required=False)

    def __init__(self, *args: Any, goals: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = goals  # type: ignore[attr-defined]


class NewIndicatorForm(IndicatorForm):
    version = None  # type: ignore[assignment]
