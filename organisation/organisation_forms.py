"""The form of a new organisation and its first administrator."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.models import ROOT_KINDS, UnitKind


class NewOrganisationForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=200,
        help_text=_("For example Region Norrbotten or Östersunds kommun."),
    )
    short_name = forms.CharField(label=_("Short name"), max_length=40, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(kind.value, kind.label) for kind in ROOT_KINDS],
        initial=UnitKind.MUNICIPALITY,
        widget=forms.RadioSelect,
    )
    username = forms.CharField(label=_("The administrator's user name"), max_length=150)
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), required=False)
    password = forms.CharField(
        label=_("Password"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_(
            "At least 12 characters. Leave empty for an administrator who logs in by single "
            "sign-on."
        ),
    )

    def clean_password(self) -> str:
        from django.contrib.auth.password_validation import validate_password

        password: str = self.cleaned_data.get("password", "")
        if password:
            validate_password(password)
        return password
