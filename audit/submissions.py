"""A form posted twice (a double click, a reload, a second tab) saves once.

Every form page carries a one-time token (`{% submission_token %}` in the shared form
include). The first successful save records the token with what it made; the same token
posted again saves nothing and answers as the first did.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.apps import apps
from django.db import models


def new_token() -> str:
    return uuid.uuid4().hex


def parse_token(text: str | None) -> str | None:
    try:
        return uuid.UUID(str(text)).hex if text else None
    except ValueError:
        return None


def earlier_result(token: str, user: Any) -> tuple[bool, Any]:
    """Whether `user` already saved with `token`, and what that save made (or None)."""
    from audit.models import FormSubmission

    earlier = FormSubmission.objects.filter(token=token, user_id=user.pk).first()
    if earlier is None:
        return False, None
    if not earlier.object_label:
        return True, None
    model = apps.get_model(earlier.object_label)
    made = model._default_manager.filter(pk=earlier.object_pk).first()
    # What the first save made is gone again: then this is a new save, not a repeat.
    return made is not None, made


def record(token: str, user: Any, result: Any) -> None:
    from audit.models import FormSubmission

    is_object = isinstance(result, models.Model) and result.pk is not None
    FormSubmission.objects.create(
        token=token,
        user_id=user.pk,
        object_label=result._meta.label if is_object else "",
        object_pk=str(result.pk) if is_object else "",
    )
