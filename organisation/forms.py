"""Forms of the organisation pages. Validation of input; the rules live in the services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.models import ROOT_KINDS, Role, Unit, UnitKind, User


class UnitChoiceField(forms.ModelChoiceField):
    """A choice of unit, indented by its depth so that the tree shows in the list."""

    def label_from_instance(self, obj: Any) -> str:
        return "— " * obj.depth + obj.name


class VersionedForm(forms.Form):
    """Carries the version the person loaded, so that a concurrent save is noticed."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class UnitForm(VersionedForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    short_name = forms.CharField(
        label=_("Short name"), max_length=40, required=False, help_text=_("For example HSN or RS.")
    )
    case_prefix = forms.CharField(
        label=_("Case number prefix"),
        max_length=20,
        required=False,
        help_text=_("The prefix of the unit's case numbers, for example HSN in HSN/1641/2025."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[c for c in UnitKind.choices if c[0] not in ROOT_KINDS]
    )

    def __init__(self, *args: Any, is_root: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if is_root:  # the organisation itself: a region or a municipality
            self.fields["kind"].choices = [(k.value, k.label) for k in ROOT_KINDS]  # type: ignore[attr-defined]


class NewUnitForm(UnitForm):
    version = None  # type: ignore[assignment]


class MoveUnitForm(VersionedForm):
    parent = UnitChoiceField(label=_("New parent unit"), queryset=Unit.objects.none())

    def __init__(self, *args: Any, parents: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]


class CloseUnitForm(VersionedForm):
    closed_on = forms.DateField(
        label=_("Closed on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Everything under the unit is closed too. Its history is kept."),
    )


class PersonForm(VersionedForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), required=False)
    title = forms.CharField(
        label=_("Title"), max_length=120, required=False, help_text=_("For example HR-direktör.")
    )
    is_active = forms.BooleanField(
        label=_("Active"), required=False, help_text=_("Inactive people cannot log in.")
    )


class NewPersonForm(PersonForm):
    version = None  # type: ignore[assignment]
    is_active = None  # type: ignore[assignment]
    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(
        label=_("Password"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_(
            "At least 12 characters. Leave empty for a person who logs in by single sign-on."
        ),
    )

    field_order = ["username", "first_name", "last_name", "email", "title", "password"]

    def clean_password(self) -> str:
        from django.contrib.auth.password_validation import validate_password

        password: str = self.cleaned_data.get("password", "")
        if password:
            validate_password(password)
        return password


class RoleForm(forms.Form):
    unit = UnitChoiceField(label=_("Unit"), queryset=Unit.objects.none())
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the token"),
        max_length=100,
        help_text=_("What the token is for, for example the data warehouse export."),
    )


def person_initial(person: User) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "title": person.title,
        "is_active": person.is_active,
        "version": person.version,
    }
