from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from audit.validation import FIRST_YEAR, LAST_YEAR
from organisation.forms import UnitChoiceField
from organisation.models import Unit

CALENDAR = [
    MinValueValidator(datetime.date(FIRST_YEAR, 1, 1)),
    MaxValueValidator(datetime.date(LAST_YEAR, 12, 31)),
]


class HistoryExportForm(forms.Form):
    unit = UnitChoiceField(
        label=_("Unit"),
        queryset=Unit.objects.none(),
        help_text=_("The unit and everything under it."),
    )
    date_from = forms.DateField(
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=CALENDAR,
    )
    date_to = forms.DateField(
        label=_("To and including"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=CALENDAR,
    )

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return data
