from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.models import Unit


class HistoryExportForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=Unit.objects.none(),
        help_text=_("The unit and everything under it."),
    )
    date_from = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(
        label=_("To and including"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = units
        field.label_from_instance = lambda unit: "— " * unit.depth + unit.name  # type: ignore[method-assign]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return data
