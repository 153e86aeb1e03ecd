"""The forms of a report round; their values are checked by rounds.services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from internal_control.forms import DATE, PersonChoiceField, people_of
from organisation.forms import VersionedForm
from organisation.models import User

INSTRUCTIONS = forms.Textarea(attrs={"rows": 4})


class StartForm(forms.Form):
    period = forms.TypedChoiceField(label=_("Period"), coerce=int)
    earlier = forms.TypedChoiceField(
        label=_("Start from"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "An earlier round carries on its sections with their text, its writers and their "
            "instructions. Without one, the round has a part for each chapter of the document "
            "and for each thing it asks to be reported."
        ),
    )
    due_on = forms.DateField(label=_("Last day for the parts"), widget=DATE, required=False)
    instructions = forms.CharField(
        label=_("Instructions to every writer"),
        required=False,
        max_length=5000,
        widget=INSTRUCTIONS,
    )

    def __init__(
        self,
        *args: Any,
        periods: list[tuple[int, str]],
        earlier: list[tuple[int, str]],
        label: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = periods  # type: ignore[attr-defined]
        self.fields["period"].label = label
        self.fields["earlier"].choices = [  # type: ignore[attr-defined]
            ("", _("– the document as it stands –")),
            *earlier,
        ]


class AssignForm(VersionedForm):
    writer = PersonChoiceField(label=_("Writer"), queryset=User.objects.none(), required=False)
    due_on = forms.DateField(label=_("Last day"), widget=DATE, required=False)
    instructions = forms.CharField(
        label=_("Instructions to the writer"), required=False, max_length=5000, widget=INSTRUCTIONS
    )

    def __init__(self, *args: Any, region_id: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["writer"].queryset = people_of(region_id)  # type: ignore[attr-defined]


class SectionForm(forms.Form):
    heading = forms.CharField(label=_("Heading"), max_length=200)
    place = forms.ChoiceField(label=_("Place in the document"))
    writer = PersonChoiceField(label=_("Writer"), queryset=User.objects.none(), required=False)
    due_on = forms.DateField(label=_("Last day"), widget=DATE, required=False)
    instructions = forms.CharField(
        label=_("Instructions to the writer"), required=False, max_length=5000, widget=INSTRUCTIONS
    )

    def __init__(
        self, *args: Any, region_id: int | None, places: list[tuple[str, Any]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["writer"].queryset = people_of(region_id)  # type: ignore[attr-defined]
        self.fields["place"].choices = places  # type: ignore[attr-defined]


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("What is to be done"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The writer reads it on the part and on their start page."),
    )
