"""Form fields of decisions, shared by every form that records an adoption."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from committee.decision_dates import DecisionDate, read_decision_date, written_decision_date


class DecisionDateField(forms.Field):
    """A date as far as it is known: 2022-05-12, 2022-05-xx (day unknown) or 2022."""

    widget = forms.TextInput(attrs={"maxlength": 10})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help_text",
            _(
                "YYYY-MM-DD. When the day is not known YYYY-MM-xx, when only the year is "
                "known YYYY."
            ),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> DecisionDate | None:
        if isinstance(value, DecisionDate):
            return value
        text = str(value or "").strip()
        if not text:
            return None
        try:
            return read_decision_date(text)
        except ValueError as error:
            raise forms.ValidationError(
                _("Write the date as YYYY-MM-DD, YYYY-MM-xx or YYYY."), code="invalid"
            ) from error

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, DecisionDate):
            return written_decision_date(value.first_day, value.precision)
        return value


class AdoptionForm(forms.Form):
    """When, by whom and under which paragraph a plan was adopted, as far as it is known.

    Its cleaned data are the keyword arguments of the services that record an adoption."""

    adopted_on = DecisionDateField(label=_("Adopted on"))
    body = forms.CharField(
        label=_("Adopted by"), max_length=200, help_text=_("The committee or board.")
    )
    decision_reference = forms.CharField(
        label=_("Decision reference"),
        max_length=100,
        required=False,
        help_text=_("For example § 212. Leave empty when it is not known."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        date = data.get("adopted_on")
        if isinstance(date, DecisionDate):
            data["adopted_on"] = date.first_day
            data["adopted_on_precision"] = date.precision
        return data
