"""Many rows written at once, each with its history, for imports of thousands of rows.

A save per row costs two statements (the row and its history); these write a batch of rows
in one statement and their history in another, after checking every value by its field's
rules as a model's own save does (audit.validation).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from django.db import models
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from audit.attribution import history_user_of
from audit.validation import validate_stored_values

M = TypeVar("M", bound=models.Model)
BATCH = 2000


def bulk_create_tracked(model: type[M], objs: Sequence[M], *, actor: Any) -> list[M]:
    """Store new rows and a "created" history record for each, attributed to `actor`."""
    for obj in objs:
        validate_stored_values(obj)
    made: list[M] = bulk_create_with_history(
        list(objs), model, batch_size=BATCH, default_user=history_user_of(actor)
    )
    return made


def bulk_delete_tracked(queryset: models.QuerySet[M], *, actor: Any, reason: str = "") -> int:
    """Delete the rows with a "deleted" history record each, attributed to `actor`.

    Only for models that no other row refers to, and a queryset without joins: the rows go
    in one statement, without the per-row signals (which would write the history a second
    time, one row at a time). Call it inside the transaction that selected the rows.
    """
    model = queryset.model
    history_model = model.history.model  # type: ignore[attr-defined]
    fields = history_model.tracked_fields
    now = timezone.now()
    user = history_user_of(actor)
    rows = list(queryset)
    history_model.objects.bulk_create(
        [
            history_model(
                history_date=now,
                history_user=user,
                history_type="-",
                history_change_reason=reason or None,
                **{field.attname: getattr(row, field.attname) for field in fields},
            )
            for row in rows
        ],
        batch_size=BATCH,
    )
    deleted: int = queryset._raw_delete(queryset.db)
    return deleted
