"""Forms of the measures for a balanced economy. Rules that need the database are the
services'; numbers are read as people type them in Sweden ("1 450", "812,5")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from audit.numbers import NumberError, format_number, parse_number
from audit.validation import FIRST_YEAR, LAST_YEAR
from economy.models import Calculation, CostType, MeasureStatus, Programme
from economy.money import KRONOR_PER
from economy.services.calculations import InputValues
from followup.models import Outcome
from internal_control.forms import DATE, PersonChoiceField, people_of
from organisation.forms import VersionedForm
from organisation.models import User

MAX_INPUTS = 6
MONTH_CHOICES = [(m, str(MONTHS[m]).capitalize()) for m in range(1, 13)]


class NumberField(forms.CharField):
    """A number in Swedish or plain notation, as a Decimal."""

    def __init__(self, *args: Any, max_digits: int = 16, decimal_places: int = 4, **kwargs: Any):
        self.max_digits, self.decimal_places = max_digits, decimal_places
        super().__init__(*args, **kwargs)

    def prepare_value(self, value: Any) -> Any:
        return format_number(value) if isinstance(value, Decimal) else value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        try:
            number = parse_number(text)
        except NumberError as exc:
            raise forms.ValidationError(_("”%(text)s” is not a number.") % {"text": text}) from exc
        if number is None:
            return None
        whole = self.max_digits - self.decimal_places
        if abs(number) >= Decimal(10) ** whole:
            raise forms.ValidationError(_("The number is too large."))
        return number.quantize(Decimal(1).scaleb(-self.decimal_places))


class ProgrammeForm(VersionedForm):
    name = forms.CharField(label=_("Name"), max_length=300)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    order = forms.IntegerField(label=_("Order"), min_value=0, initial=0)


class NewProgrammeForm(ProgrammeForm):
    version = None  # type: ignore[assignment]


class MeasureForm(VersionedForm):
    number = forms.IntegerField(label=_("Number"), min_value=1, max_value=99_999)
    title = forms.CharField(
        label=pgettext_lazy("economy", "Measure"), widget=forms.Textarea(attrs={"rows": 2})
    )
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.none(), required=False
    )
    owner = PersonChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    owner_title = forms.CharField(label=_("Responsible role"), max_length=200, required=False)
    decided_by = forms.CharField(
        label=_("Decided by"),
        max_length=200,
        required=False,
        help_text=_("For example Hälso- och sjukvårdsnämnden."),
    )
    decided_on = forms.DateField(label=_("Decided on"), widget=DATE, required=False)
    decision_reference = forms.CharField(
        label=_("Decision reference"),
        max_length=100,
        required=False,
        help_text=_("For example § 212."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", pgettext_lazy("measure status", "Not reported")), *MeasureStatus.choices],
        required=False,
    )
    first_year = forms.IntegerField(label=_("From year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    last_year = forms.IntegerField(label=_("To year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)

    def __init__(self, *args: Any, programmes: Any, region_id: int | None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes  # type: ignore[attr-defined]
        self.fields["owner"].queryset = people_of(region_id)  # type: ignore[attr-defined]


class NewMeasureForm(MeasureForm):
    version = None  # type: ignore[assignment]
    number = forms.IntegerField(
        label=_("Number"),
        min_value=1,
        max_value=99_999,
        required=False,
        help_text=_("Left empty, the measure gets the unit's next number."),
    )


class LinkChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        text = (
            getattr(obj, "title", None)
            or getattr(obj, "text", None)
            or getattr(obj, "name", None)
            or str(obj)
        )
        number = getattr(obj, "number", None) or getattr(obj, "code", "")
        return f"{number}. {text}" if number else text


def _links(label: Any) -> LinkChoiceField:
    return LinkChoiceField(
        label=label,
        queryset=Calculation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class MeasureLinksForm(VersionedForm):
    risks = _links(_("Risks"))
    assignments = _links(_("Assignments"))
    indicators = _links(_("Indicators that show the effect"))
    actions = _links(_("Actions of the internal control plan that are this measure"))

    def __init__(self, *args: Any, choices: dict[str, Any], **kwargs: Any):
        super().__init__(*args, **kwargs)
        for name, queryset in choices.items():
            self.fields[name].queryset = queryset  # type: ignore[attr-defined]


class CalculationForm(VersionedForm):
    year = forms.IntegerField(label=_("Year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    cost_type = forms.ModelChoiceField(label=_("Cost type"), queryset=CostType.objects.none())
    formula = forms.CharField(
        label=_("Formula"),
        max_length=500,
        help_text=_(
            "With the inputs' names, numbers, + − × / and parentheses, for example "
            "årsarbeten × kostnad_per_årsarbete."
        ),
    )
    explanation = forms.CharField(
        label=_("Explanation"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    from_month = forms.TypedChoiceField(
        label=_("Effect from month"),
        choices=MONTH_CHOICES,
        coerce=int,
        initial=1,
        help_text=_("The year's effect is spread evenly over the months from this one."),
    )

    def __init__(self, *args: Any, cost_types: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["cost_type"].queryset = cost_types  # type: ignore[attr-defined]
        for n in range(1, MAX_INPUTS + 1):
            self.fields[f"input_{n}_key"] = forms.CharField(
                label=_("Input %(n)s: name in the formula") % {"n": n},
                max_length=60,
                required=False,
            )
            self.fields[f"input_{n}_label"] = forms.CharField(
                label=_("Input %(n)s: what it is") % {"n": n}, max_length=200, required=False
            )
            self.fields[f"input_{n}_value"] = NumberField(
                label=_("Input %(n)s: value") % {"n": n}, required=False
            )
            self.fields[f"input_{n}_unit"] = forms.CharField(
                label=_("Input %(n)s: unit") % {"n": n},
                max_length=40,
                required=False,
                help_text=_("For example årsarbeten, tkr or doser.") if n == 1 else "",
            )
            self.fields[f"input_{n}_kronor_per_unit"] = NumberField(
                label=_("Input %(n)s: kronor per unit") % {"n": n},
                required=False,
                max_digits=12,
                decimal_places=2,
                help_text=_("Left empty: 1 000 for tkr, 1 000 000 for mkr, otherwise 1.")
                if n == 1
                else "",
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        inputs = []
        for n in range(1, MAX_INPUTS + 1):
            key = (data.get(f"input_{n}_key") or "").strip()
            label = (data.get(f"input_{n}_label") or "").strip()
            value = data.get(f"input_{n}_value")
            unit = (data.get(f"input_{n}_unit") or "").strip()
            per_unit = data.get(f"input_{n}_kronor_per_unit")
            if not (key or label or value is not None or unit):
                continue
            if not key:
                self.add_error(f"input_{n}_key", _("Give the input's name in the formula."))
            if value is None:
                self.add_error(f"input_{n}_value", _("Give the input's value."))
            if key and value is not None:
                if per_unit is None:
                    per_unit = KRONOR_PER.get(unit.lower(), Decimal(1))
                inputs.append(InputValues(key, label or key, value, unit, per_unit))
        data["inputs"] = inputs
        for n in range(1, MAX_INPUTS + 1):
            for part in ("key", "label", "value", "unit", "kronor_per_unit"):
                data.pop(f"input_{n}_{part}", None)
        return data

    @staticmethod
    def initial_of(calculation: Calculation) -> dict[str, Any]:
        initial: dict[str, Any] = {
            name: getattr(calculation, name)
            for name in ("year", "cost_type", "formula", "explanation", "from_month", "version")
        }
        for n, row in enumerate(calculation.inputs.all(), start=1):
            initial |= {
                f"input_{n}_key": row.key,
                f"input_{n}_label": row.label,
                f"input_{n}_value": row.value.normalize(),
                f"input_{n}_unit": row.unit,
                f"input_{n}_kronor_per_unit": row.kronor_per_unit.normalize(),
            }
        return initial


class NewCalculationForm(CalculationForm):
    version = None  # type: ignore[assignment]


class OutcomeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        value = format_number(obj.total) if obj.total is not None else "–"
        unit = f" {obj.indicator.measure_unit}" if obj.indicator.measure_unit else ""
        return f"{obj.indicator.name}, {obj.period}: {value}{unit}"


class EffectForm(VersionedForm):
    year = forms.IntegerField(label=_("Year"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    month = forms.TypedChoiceField(label=_("Month"), choices=MONTH_CHOICES, coerce=int)
    calculation = forms.ModelChoiceField(
        label=_("Calculation"),
        queryset=Calculation.objects.none(),
        required=False,
        help_text=_("The calculation whose effect this is; needed for actual inputs."),
    )
    amount = NumberField(
        label=_("Realised effect (kr)"),
        required=False,
        max_digits=16,
        decimal_places=2,
        help_text=_("Or leave empty and give the month's actual inputs below."),
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    indicator_outcome = OutcomeChoiceField(
        label=_("Indicator outcome that shows the effect"),
        queryset=Outcome.objects.none(),
        required=False,
    )
    cost_type = forms.ModelChoiceField(
        label=_("Shows in cost type"), queryset=CostType.objects.none(), required=False
    )

    def __init__(
        self,
        *args: Any,
        calculations: list[Calculation],
        outcomes: Any,
        cost_types: Any,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.fields["calculation"].queryset = Calculation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[c.pk for c in calculations]
        ).select_related("cost_type")
        self.fields["indicator_outcome"].queryset = outcomes  # type: ignore[attr-defined]
        self.fields["cost_type"].queryset = cost_types  # type: ignore[attr-defined]
        self.input_keys: list[str] = []
        for calculation in calculations:
            for row in calculation.inputs.all():
                if row.key in self.input_keys:
                    continue
                self.input_keys.append(row.key)
                unit = f" ({row.unit})" if row.unit else ""
                self.fields[f"actual_{row.key}"] = NumberField(
                    label=_("Actual value: %(label)s%(unit)s") % {"label": row.label, "unit": unit},
                    required=False,
                    help_text=_("Planned: %(value)s. Give the month's value as a yearly rate.")
                    % {"value": format_number(row.value)},
                )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        actual = {}
        for key in self.input_keys:
            value = data.pop(f"actual_{key}", None)
            if value is not None:
                actual[key] = value
        data["actual_inputs"] = actual
        return data


class NewEffectForm(EffectForm):
    version = None  # type: ignore[assignment]
