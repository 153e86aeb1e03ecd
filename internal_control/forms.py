"""Forms of internal control. Field rules that need the database live in the services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from internal_control.models import (
    REPORTED_STATUSES,
    ActionStatus,
    AssessmentStage,
    Axis,
    ControlOutcome,
    Risk,
    RiskMatrix,
    Treatment,
)
from internal_control.services.categories import categories_of, heading_of
from organisation.forms import VersionedForm
from organisation.models import Unit, User
from planning.adoption_form import AdoptionForm
from planning.models import Assignment

DATE = forms.DateInput(attrs={"type": "date"})


class PersonChoiceField(forms.ModelChoiceField):
    """A person of the region; choosing none says so in words, not with dashes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("empty_label", _("– no person –"))
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return f"{obj} ({obj.title})" if obj.title else str(obj)


def people_of(region_id: int | None) -> Any:
    return User.objects.filter(region_id=region_id, is_active=True).order_by(
        "last_name", "first_name"
    )


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    case_number = forms.CharField(label=_("Case number"), max_length=60, required=False)
    matrix = forms.ModelChoiceField(label=_("Risk matrix"), queryset=RiskMatrix.objects.none())

    def __init__(self, *args: Any, matrices: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["matrix"].queryset = matrices  # type: ignore[attr-defined]


class CopyPlanForm(forms.Form):
    title = forms.CharField(label=_("Title of the new plan"), max_length=300)
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)


class AdoptForm(AdoptionForm, VersionedForm):
    """The committee's adoption of the plan, with the version of the plan it adopts."""


class PublishForm(VersionedForm):
    published = forms.BooleanField(required=False, widget=forms.HiddenInput)


class RiskForm(VersionedForm):
    title = forms.CharField(label=_("Risk"), widget=forms.Textarea(attrs={"rows": 2}))
    consequence = forms.CharField(
        label=_("Consequence"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    cause = forms.CharField(
        label=_("Cause"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why? Because… The underlying cause of the risk."),
    )
    requirement_type = forms.ChoiceField(label=_("Risk category"), choices=[], required=False)
    priority = forms.IntegerField(label=_("Priority"), required=False, min_value=1, max_value=9)
    treatment = forms.ChoiceField(
        label=_("Treatment"), choices=[("", "–"), *Treatment.choices], required=False
    )
    owner = PersonChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    owner_title = forms.CharField(
        label=_("Responsible role"),
        max_length=200,
        required=False,
        help_text=_("As written in the plan, for example HR-direktör."),
    )
    unit = forms.ModelChoiceField(
        label=_("Unit of the risk"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("– the plan's own unit –"),
        help_text=_("Where in the plan's unit the risk lies, if in a part of it."),
    )

    def __init__(
        self, *args: Any, region_id: int | None, plan_unit: Unit | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_of(region_id)  # type: ignore[attr-defined]
        if plan_unit is None:
            del self.fields["unit"]
        else:
            self.fields["unit"].queryset = Unit.objects.filter(  # type: ignore[attr-defined]
                path__startswith=plan_unit.path, closed_on__isnull=True
            ).order_by("path")
        categories = categories_of(region_id) if region_id else {}
        if not categories:  # the organisation sorts its risks by no categories
            del self.fields["requirement_type"]
            return
        field = self.fields["requirement_type"]
        field.choices = [("", "–"), *((code, str(c)) for code, c in categories.items())]  # type: ignore[attr-defined]
        if heading := heading_of(region_id):  # type: ignore[arg-type]
            field.label = heading


class RiskLinksForm(forms.Form):
    assignments = forms.ModelMultipleChoiceField(
        label=_("Assignments the risk threatens"),
        queryset=Assignment.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, assignments: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignments"].queryset = assignments  # type: ignore[attr-defined]


class FollowUpForm(forms.Form):
    name = forms.CharField(
        label=_("Name"), max_length=100, help_text=_("For example Uppföljning augusti.")
    )
    due_on = forms.DateField(label=_("Report by"), widget=DATE)


class NewRiskForm(RiskForm):
    version = None  # type: ignore[assignment]


class AssessmentForm(forms.Form):
    probability = forms.TypedChoiceField(label=_("Probability"), coerce=int)
    severity = forms.TypedChoiceField(label=_("Severity"), coerce=int)
    stage = forms.ChoiceField(label=_("Stage"), choices=AssessmentStage.choices)
    assessed_on = forms.DateField(label=_("Assessed on"), widget=DATE)
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why the assessment is what it is, or why it changed."),
    )

    def __init__(self, *args: Any, matrix: RiskMatrix, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        levels = list(matrix.levels.all())
        probability = self.fields["probability"]
        severity = self.fields["severity"]
        probability.label = matrix.probability_name
        severity.label = matrix.severity_name
        probability.choices = [  # type: ignore[attr-defined]
            (lv.value, f"{lv.value} {lv.label}".strip())
            for lv in levels
            if lv.axis == Axis.PROBABILITY
        ]
        severity.choices = [  # type: ignore[attr-defined]
            (lv.value, f"{lv.value} {lv.label}".strip())
            for lv in levels
            if lv.axis == Axis.SEVERITY
        ]


class ActionForm(VersionedForm):
    title = forms.CharField(label=_("Action"), widget=forms.Textarea(attrs={"rows": 3}))
    owner = PersonChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    owner_title = forms.CharField(label=_("Responsible role"), max_length=200, required=False)
    deadline = forms.DateField(label=_("Deadline"), widget=DATE, required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=ActionStatus.choices,
        required=False,
        help_text=_("Not reported until the owner reports on the action."),
    )

    def __init__(self, *args: Any, region_id: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_of(region_id)  # type: ignore[attr-defined]


class NewActionForm(ActionForm):
    version = None  # type: ignore[assignment]
    risks: forms.ModelMultipleChoiceField = forms.ModelMultipleChoiceField(
        label=_("Risks the action is against"),
        queryset=Risk.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, risks: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["risks"].queryset = risks  # type: ignore[attr-defined]


class ActionReportForm(forms.Form):
    # No status is chosen beforehand: the owner says what it is.
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Choose a status")), *REPORTED_STATUSES]
    )
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 4}))


class ControlReportForm(forms.Form):
    performed_on = forms.DateField(label=_("Performed on"), widget=DATE)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=ControlOutcome.choices)
    findings = forms.CharField(
        label=_("What was found"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    measures = forms.CharField(
        label=_("What is done"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class RiskChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.plan.title}: {obj.number}. {obj.title}"


class TakeRiskForm(forms.Form):
    risk = RiskChoiceField(label=_("Risk from another plan"), queryset=Risk.objects.none())

    def __init__(self, *args: Any, risks: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["risk"].queryset = risks  # type: ignore[attr-defined]
