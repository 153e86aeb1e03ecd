"""Forms of the reviews and their follow-up. Rules that need the database live in the services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from committee.models import PromiseStatus
from internal_control.forms import DATE, PersonChoiceField, people_of
from organisation.forms import VersionedForm
from organisation.models import User

TEXT_HELP = _("Paragraphs are separated by a blank line; a line starting with ▪ or • is a bullet.")


def _text(label: Any, *, required: bool = True, rows: int = 6, help_text: Any = TEXT_HELP) -> Any:
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
        strip=True,
    )


class ReviewForm(VersionedForm):
    title = forms.CharField(
        label=_("Review"),
        max_length=300,
        help_text=_("As the answer names it, for example Granskning av ekonomisk strategi."),
    )
    auditors = forms.CharField(
        label=_("Auditors"), max_length=300, help_text=_("For example Regionens revisorer.")
    )
    reviewed_on = forms.DateField(label=_("Date of the review"), widget=DATE, required=False)
    overall_assessment = _text(_("The auditors' overall assessment"), required=False)
    answer_due_on = forms.DateField(label=_("Answer due"), widget=DATE, required=False)
    case_number = forms.CharField(
        label=_("Case number"),
        max_length=60,
        required=False,
        help_text=_("For example HSN/1641/2025."),
    )
    answered_on = forms.DateField(label=_("Date of the answer"), widget=DATE, required=False)
    answer_title = forms.CharField(label=_("Title of the answer"), max_length=300, required=False)
    addressee = forms.CharField(
        label=_("To"),
        max_length=300,
        required=False,
        help_text=_("Left empty when the letter names no addressee."),
    )
    handled_by = forms.CharField(
        label=_("Handled by"), max_length=300, required=False, help_text=_("As in the letterhead.")
    )
    handled_by_unit = forms.CharField(label=_("Handled by, unit"), max_length=300, required=False)
    introduction = _text(_("Introduction"), required=False)
    closing = _text(_("Closing"), required=False, rows=3)
    signed_for = forms.CharField(
        label=_("Signed for"),
        max_length=300,
        required=False,
        help_text=_("For example Hälso- och sjukvårdsnämnden."),
    )


class NewReviewForm(ReviewForm):
    version = None  # type: ignore[assignment]


class SignatoryForm(VersionedForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    title = forms.CharField(
        label=_("Title"),
        max_length=300,
        required=False,
        help_text=_("For example Hälso- och sjukvårdsnämndens ordförande."),
    )
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=1000)


class NewSignatoryForm(SignatoryForm):
    version = None  # type: ignore[assignment]
    order = forms.IntegerField(
        label=_("Order"),
        min_value=0,
        max_value=1000,
        required=False,
        help_text=_("Left empty, the signatory comes last."),
    )


class RecommendationForm(VersionedForm):
    number = forms.IntegerField(label=_("Number"), min_value=1, max_value=1000)
    text = _text(_("Recommendation"), rows=4)
    answer = _text(_("Answer"), required=False, rows=12)


class NewRecommendationForm(RecommendationForm):
    version = None  # type: ignore[assignment]
    number = forms.IntegerField(
        label=_("Number"),
        min_value=1,
        max_value=1000,
        required=False,
        help_text=_("Left empty, the next number."),
    )


class CloseRecommendationForm(VersionedForm):
    closed_on = forms.DateField(label=_("Closed by the auditors on"), widget=DATE)
    closing_note = _text(
        _("The auditors' note"), required=False, rows=4, help_text=_("As the auditors wrote it.")
    )


class LinkChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, label: Any, **kwargs: Any) -> None:
        super().__init__(
            queryset=None,
            label=label,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            **kwargs,
        )


class ActionChoiceField(LinkChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        plan = f"{obj.plan.title}: " if obj.plan else ""
        return f"{plan}{obj.number}. {obj.title}"


class PromiseForm(VersionedForm):
    text = _text(_("Promised measure"), rows=4, help_text=_("As the answer words it."))
    owner = PersonChoiceField(label=_("Owner"), queryset=User.objects.none(), required=False)
    owner_title = forms.CharField(
        label=_("Responsible"),
        max_length=300,
        required=False,
        help_text=_("A role or body, as the answer names it."),
    )
    deadline = forms.DateField(label=_("Deadline"), widget=DATE, required=False)
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=1000)
    programmes = LinkChoiceField(_("Programmes for a balanced economy"))
    economy_measures = LinkChoiceField(_("Measures for a balanced economy"))
    actions = ActionChoiceField(_("Actions of the internal control plans"))
    assignments = LinkChoiceField(_("Assignments"))

    def __init__(self, *args: Any, region_id: int | None, choices: dict[str, Any], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_of(region_id)  # type: ignore[attr-defined]
        for name, queryset in choices.items():
            self.fields[name].queryset = queryset  # type: ignore[attr-defined]
        # A kind of link the body has nothing of is not offered.
        for name in ("programmes", "economy_measures", "actions", "assignments"):
            if not choices[name].exists():
                del self.fields[name]


class NewPromiseForm(PromiseForm):
    version = None  # type: ignore[assignment]
    order = forms.IntegerField(
        label=_("Order"),
        min_value=0,
        max_value=1000,
        required=False,
        help_text=_("Left empty, the measure comes last."),
    )


class PromiseReportForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=PromiseStatus.choices)
    reported_on = forms.DateField(label=_("Reported on"), widget=DATE)
    comment = _text(_("What was done"), rows=5, help_text="")
