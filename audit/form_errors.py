"""Turn a service's refusal into messages on the form that caused it."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from audit.concurrency import EditConflict


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Put each message on its field when the form has it, else on the form as a whole."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


def accept_conflict(form: forms.Form, conflict: EditConflict) -> None:
    """Keep the person's input but move the form to the current version.

    The page shows what changed meanwhile; saving again is then a deliberate choice.
    """
    data = form.data.copy()  # type: ignore[attr-defined]
    data["version"] = str(conflict.current.version)  # type: ignore[attr-defined]
    form.data = data
