"""Forms of planning."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from audit.numbers import input_number
from organisation.forms import VersionedForm
from planning.adoption_form import AdoptionForm
from planning.models import Assignment, Direction, Frequency, Goal, GoalLevel, Perspective
from planning.models.indicator import (
    WEIGHT_DIGITS,
    WEIGHT_MESSAGES,
    WEIGHT_PLACES,
    validate_weight,
)


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
    signed = forms.BooleanField(
        label=_("Plus sign on positive values"),
        required=False,
        help_text=_("For a deviation or a change, for example +19 mnkr."),
    )
    direction = forms.ChoiceField(label=_("Direction"), choices=Direction.choices)
    frequency = forms.ChoiceField(
        label=_("Follow-up frequency"), choices=Frequency.choices, required=False
    )
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
    target_year = forms.IntegerField(
        label=_("Target year"),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=_("The year by which the target is to be reached, e.g. the term's last."),
    )
    partly_band = forms.DecimalField(
        label=_("Own band of partly met, per cent"),
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=2,
        help_text=_("Leave empty for the organisation's band."),
    )
    # The model's bounds and messages, so the form and the API refuse a weight alike.
    weight = forms.DecimalField(
        label=_("Weight"),
        required=False,
        max_digits=WEIGHT_DIGITS,
        decimal_places=WEIGHT_PLACES,
        validators=[validate_weight],
        error_messages=WEIGHT_MESSAGES,
        help_text=_(
            "How much the measure counts where a goal is judged by weighting: more than 0, at "
            "most 1000. Leave empty for equal weight."
        ),
    )
    owner_title = forms.CharField(label=_("Responsible role"), max_length=200, required=False)
    data_source = forms.CharField(label=_("Data source"), max_length=300, required=False)

    def __init__(self, *args: Any, goals: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = goals  # type: ignore[attr-defined]
        for name in ("baseline_value", "benchmark_value", "partly_band", "weight"):
            if self.initial.get(name) is not None:
                self.initial[name] = input_number(self.initial[name])


class NewIndicatorForm(IndicatorForm):
    version = None  # type: ignore[assignment]


class GoalForm(VersionedForm):
    level = forms.ChoiceField(label=_("Level"), choices=GoalLevel.choices)
    code = forms.CharField(label=_("Number"), max_length=20, required=False)
    title = forms.CharField(
        label=_("Goal"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    perspective = forms.ModelChoiceField(
        label=_("Strategy or perspective"), queryset=Perspective.objects.none(), required=False
    )
    parent = forms.ModelChoiceField(
        label=_("Contributes to"), queryset=Goal.objects.none(), required=False
    )
    assignment = forms.ModelChoiceField(
        label=_("Serves assignment"), queryset=Assignment.objects.none(), required=False
    )
    first_year = forms.IntegerField(label=_("From year"), required=False, min_value=2000)
    last_year = forms.IntegerField(
        label=_("To year"),
        required=False,
        min_value=2000,
        help_text=_("Empty: until further notice."),
    )

    def __init__(self, *args: Any, unit: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        above = unit.ancestor_ids
        self.fields["perspective"].queryset = Perspective.objects.filter(  # type: ignore[attr-defined]
            unit_id__in=above
        )
        self.fields["parent"].queryset = Goal.objects.filter(  # type: ignore[attr-defined]
            unit_id__in=above
        ).order_by("order", "title")
        self.fields["assignment"].queryset = Assignment.objects.filter(  # type: ignore[attr-defined]
            unit_id__in=above
        ).order_by("-year", "order")


class NewGoalForm(GoalForm):
    version = None  # type: ignore[assignment]


class AssignmentForm(VersionedForm):
    text = forms.CharField(label=_("Assignment"), widget=forms.Textarea(attrs={"rows": 3}))
    given_to = forms.CharField(
        label=_("Given to"),
        max_length=300,
        required=False,
        help_text=_("As written, for example Regionstyrelsen och Hälso- och sjukvårdsnämnden."),
    )
    goal = forms.ModelChoiceField(label=_("Under goal"), queryset=Goal.objects.none())
    code = forms.CharField(label=_("Number"), max_length=20, required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000)

    def __init__(self, *args: Any, unit: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = Goal.objects.filter(  # type: ignore[attr-defined]
            unit_id__in=unit.ancestor_ids
        ).order_by("order", "title")


class NewAssignmentForm(AssignmentForm):
    version = None  # type: ignore[assignment]


class PlanAdoptionForm(AdoptionForm):
    """The committee's adoption of the operational plan, as far as date and paragraph are known."""
