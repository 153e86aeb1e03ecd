"""The one way a posted form reaches a service: refusals land on the form, never lost.

A service may refuse with a ValidationError (shown on the fields it names) or, for a
versioned object, with an EditConflict (the form moves to the current version and the page
shows what changed meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from audit.concurrency import EditConflict
from audit.form_errors import accept_conflict, add_service_errors


class Submission:
    def __init__(self) -> None:
        self.saved = False
        self.result: Any = None
        self.conflict: EditConflict | None = None


def submit(
    request: HttpRequest, form: forms.Form, save: Callable[[dict[str, Any]], Any]
) -> Submission:
    """Call `save(cleaned_data)` for a valid POST; the version, if any, stays in the data."""
    submission = Submission()
    if request.method != "POST" or not form.is_valid():
        return submission
    try:
        submission.result = save(dict(form.cleaned_data))
    except EditConflict as conflict:
        submission.conflict = conflict
        accept_conflict(form, conflict)
    except ValidationError as error:
        add_service_errors(form, error)
    else:
        submission.saved = True
    return submission


def submit_versioned(
    request: HttpRequest, form: forms.Form, save: Callable[[dict[str, Any], int], Any]
) -> Submission:
    """Like `submit`, with the version the person loaded passed apart from the values."""

    def save_values(data: dict[str, Any]) -> Any:
        version = data.pop("version")
        return save(data, version)

    return submit(request, form, save_values)
