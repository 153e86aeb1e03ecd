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
from django.db import IntegrityError, transaction
from django.http import HttpRequest

from audit import submissions
from audit.concurrency import EditConflict
from audit.form_errors import accept_conflict, add_service_errors


class Submission:
    def __init__(self) -> None:
        self.saved = False
        self.repeated = False
        self.result: Any = None
        self.conflict: EditConflict | None = None


def submit(
    request: HttpRequest, form: forms.Form, save: Callable[[dict[str, Any]], Any]
) -> Submission:
    """Call `save(cleaned_data)` for a valid POST; the version, if any, stays in the data.

    A form posted again with the token of a save that succeeded saves nothing and answers
    as that save did (`repeated`), so a double click never makes two of anything.
    """
    submission = Submission()
    if request.method != "POST":
        return submission
    token = submissions.parse_token(request.POST.get("submission"))
    if token is not None:
        submission.repeated, submission.result = submissions.earlier_result(token, request.user)
        if submission.repeated:
            submission.saved = True
            return submission
    if not form.is_valid():
        return submission
    try:
        with transaction.atomic():
            submission.result = save(dict(form.cleaned_data))
            if token is not None:
                submissions.record(token, request.user, submission.result)
    except IntegrityError:
        if token is None:
            raise
        # The same form was saved at the same moment by another request: that one counts.
        submission.repeated, submission.result = submissions.earlier_result(token, request.user)
        if not submission.repeated:
            raise
        submission.saved = True
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
