"""The forms of the reminder pages; their values are checked again by the models' rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from duties.models import Weekday


class ChoiceForm(forms.Form):
    # 0 for a choice never saved: the save then makes it.
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    before = forms.BooleanField(label=_("A reminder before each deadline"), required=False)
    after = forms.BooleanField(label=_("A reminder when a deadline has passed"), required=False)
    digest = forms.BooleanField(
        label=_("A weekly summary of everything due"),
        required=False,
        help_text=_("On the day your region sends it, with what has no deadline too."),
    )


class RulesForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    days_before = forms.IntegerField(
        label=_("Days before the deadline"),
        min_value=0,
        max_value=60,
        help_text=_("A reminder goes out this many days before a deadline. 0: on the day."),
    )
    days_after = forms.IntegerField(
        label=_("Days after the deadline"),
        min_value=1,
        max_value=60,
        help_text=_("What is still not reported this many days after its deadline is reminded of."),
    )
    digest_weekday = forms.TypedChoiceField(
        label=_("Day of the weekly summary"), choices=Weekday.choices, coerce=int
    )
