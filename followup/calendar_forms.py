"""The form of one period of the organisation's reporting year."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from followup.models import PeriodKind


class PatternPeriodForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=PeriodKind.choices)
    number = forms.IntegerField(
        label=_("Number"),
        min_value=1,
        max_value=99,
        help_text=_("Its place among the periods of its kind: 1 for the first tertial."),
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=40,
        help_text=_(
            "As the organisation names the period, for example DÅ04 or per 30 juni; "
            "{år} and {nästa år} give the years, as in {år}/{nästa år}."
        ),
    )
    starts_month = forms.IntegerField(label=_("Starts in month"), min_value=1, max_value=12)
    starts_day = forms.IntegerField(label=_("Starts on day"), min_value=1, max_value=31, initial=1)
    ends_month = forms.IntegerField(label=_("Ends in month"), min_value=1, max_value=12)
    ends_day = forms.IntegerField(
        label=_("Ends on day"),
        min_value=1,
        max_value=31,
        initial=31,
        help_text=_("A day past the month's last is its last, as 31 in June is the 30th."),
    )
    ends_next_year = forms.BooleanField(
        label=_("Ends the year after"),
        required=False,
        help_text=_("For a school year, August to June."),
    )
