"""Forms of the economy pages. Rules that need the database live in the services."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from economy.models import CostType, CostTypeKind
from followup.numbers import NumberError, format_number, parse_number
from organisation.forms import UnitChoiceField, VersionedForm


class AmountField(forms.CharField):
    """An amount as Swedes type it: "−1 234,5"; shown the same way."""

    def __init__(self, *args: Any, max_digits: int = 14, decimal_places: int = 3, **kwargs: Any):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(*args, **kwargs)
        self.max_digits = max_digits
        self.decimal_places = decimal_places

    def prepare_value(self, value: Any) -> Any:
        return format_number(value) if isinstance(value, Decimal) else value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        try:
            number = parse_number(text)
        except NumberError as exc:
            raise forms.ValidationError(_("“%(text)s” is not a number.") % {"text": text}) from exc
        if number is None:
            return None
        _sign, digits, exponent = number.as_tuple()
        decimals = max(0, -int(exponent))
        if decimals > self.decimal_places:
            raise forms.ValidationError(
                _("At most %(places)s decimals.") % {"places": self.decimal_places}
            )
        if len(digits) - decimals > self.max_digits - self.decimal_places:
            raise forms.ValidationError(_("The number is too large."))
        return number

    def validate(self, value: Any) -> None:
        if value is None and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")


class FrameForm(forms.Form):
    amount_unit = forms.ChoiceField(
        label=_("Amounts in"), choices=[("mkr", "mkr"), ("tkr", "tkr")], initial="mkr"
    )
    total_label = forms.CharField(
        label=_("Label of the total"),
        max_length=200,
        required=False,
        help_text=_("For example Total nettobudgetram enligt Regionplan och budget."),
    )
    total_previous_year = AmountField(
        label=_("Total, previous year"),
        required=False,
        help_text=_("In the budget's sign: a net cost is negative."),
    )
    total = AmountField(
        label=_("Total"), help_text=_("In the budget's sign: a net cost is negative.")
    )


class NewFrameForm(FrameForm):
    unit = UnitChoiceField(label=_("Unit"), queryset=None)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    field_order = ["unit", "year"]

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class EditFrameForm(VersionedForm, FrameForm):
    pass


class FrameChangeForm(VersionedForm):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
    amount = AmountField(
        label=_("Amount"),
        required=False,
        help_text=_(
            "As the decision states it: positive when it gives more to spend, negative when it "
            "takes away. Leave empty when the decision gives no amount."
        ),
    )
    decision_reference = forms.CharField(
        label=_("Decision reference (case number)"),
        max_length=200,
        required=False,
        help_text=_("For example HSN/85/2022."),
    )
    printed = forms.CharField(
        label=_("As written"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The change as the plan words it, when it says more than the reason."),
    )


class NewFrameChangeForm(FrameChangeForm):
    version = None  # type: ignore[assignment]


def budget_row_form(
    cost_types: Sequence[CostType], amount_unit: str, data: Any = None, initial: Any = None
) -> forms.Form:
    """One amount per cost type, each with the version of the cell the person saw."""
    form = forms.Form(data, initial=initial)
    for cost_type in cost_types:
        form.fields[f"amount_{cost_type.pk}"] = AmountField(
            label=f"{cost_type.name} ({amount_unit})",
            required=False,
            help_text=_("Incomes positive, costs negative.")
            if cost_type.order == cost_types[0].order
            else "",
        )
        form.fields[f"version_{cost_type.pk}"] = forms.IntegerField(
            widget=forms.HiddenInput, min_value=0
        )
    return form


class CostTypeForm(VersionedForm):
    code = forms.CharField(
        label=_("Code"), max_length=40, help_text=_("Unique within the organisation.")
    )
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=CostTypeKind.choices)
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=10_000)


class NewCostTypeForm(CostTypeForm):
    version = None  # type: ignore[assignment]
    order = None  # type: ignore[assignment]


class CostTypeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class AccountMappingForm(VersionedForm):
    first_account = forms.CharField(label=_("From account"), max_length=20)
    last_account = forms.CharField(
        label=_("To account"),
        max_length=20,
        help_text=_("The same number of digits as the first; both included."),
    )
    cost_type = CostTypeChoiceField(label=_("Cost type"), queryset=CostType.objects.none())

    def __init__(self, *args: Any, cost_types: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["cost_type"].queryset = cost_types  # type: ignore[attr-defined]


class NewAccountMappingForm(AccountMappingForm):
    version = None  # type: ignore[assignment]


class CostCentreMappingForm(VersionedForm):
    cost_centre = forms.CharField(
        label=_("Cost centre"),
        max_length=40,
        help_text=_("As the financial system writes it (ansvar), for example 4711."),
    )
    unit = UnitChoiceField(label=_("Unit"), queryset=None)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class NewCostCentreMappingForm(CostCentreMappingForm):
    version = None  # type: ignore[assignment]


class ForecastForm(forms.Form):
    amount_tkr = AmountField(
        label=_("Full-year forecast (tkr)"),
        max_digits=13,
        decimal_places=1,
        help_text=_("In the budget's sign: incomes positive, costs negative."),
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the forecast builds on."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


MONTH_FIELDS = [f"weight_{m}" for m in range(1, 13)]


def profile_form(month_names: Sequence[str], data: Any = None, initial: Any = None) -> forms.Form:
    form = forms.Form(data, initial=initial)
    form.fields["description"] = forms.CharField(
        label=_("Description"), max_length=200, required=False
    )
    for name, label in zip(MONTH_FIELDS, month_names, strict=True):
        form.fields[name] = AmountField(label=label, max_digits=9, decimal_places=3)
    form.fields["version"] = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    return form
