"""The password form, which refuses everyone but the named administrators when passwords are off."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from organisation.sign_in.backends import passwords_allowed

PASSWORDS_OFF = "passwords_off"


class PasswordLoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        PASSWORDS_OFF: _(
            "Passwords of styr are switched off except for named administrators. "
            "Log in with your organisation's account instead."
        ),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        # Decided on the user name alone, before any password is checked.
        if username and not passwords_allowed(username):
            raise ValidationError(self.error_messages[PASSWORDS_OFF], code=PASSWORDS_OFF)
        return super().clean()

    @property
    def passwords_refused(self) -> bool:
        return self.has_error(NON_FIELD_ERRORS, PASSWORDS_OFF)
