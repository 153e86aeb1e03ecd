"""Optimistic concurrency: a save is refused when someone else saved the object meanwhile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction

from audit.attribution import history_user_of
from audit.changes import FieldChange, changes_between


@dataclass
class EditConflict(Exception):
    """Raised when the version a person edited is no longer the current one."""

    current: models.Model
    expected_version: int
    changes_since: list[FieldChange]


def save_versioned(
    obj: models.Model,
    expected_version: int | None,
    values: Mapping[str, Any],
    *,
    actor: Any = None,
    reason: str = "",
) -> models.Model:
    """Apply `values` to `obj` and save it as the next version.

    The row is locked and its version compared with `expected_version` (the version the
    person loaded); a mismatch raises `EditConflict` listing what changed since. Passing
    None skips the comparison (for writes that do not come from an edit form).
    """
    model = type(obj)
    with transaction.atomic():
        current = model._default_manager.select_for_update().get(pk=obj.pk)
        current_version: int = current.version  # type: ignore[attr-defined]
        if expected_version is not None and current_version != expected_version:
            raise EditConflict(
                current=current,
                expected_version=expected_version,
                changes_since=changes_since_version(current, expected_version),
            )
        for name, value in values.items():
            setattr(current, name, value)
        current.version = current_version + 1  # type: ignore[attr-defined]
        if actor is not None:
            current._history_user = history_user_of(actor)  # type: ignore[attr-defined]
        if reason:
            current._change_reason = reason  # type: ignore[attr-defined]
        current.full_clean()
        current.save()
    # Hand the fresh state back to the caller's instance too.
    for field in model._meta.concrete_fields:
        setattr(obj, field.attname, getattr(current, field.attname))
    return current


def changes_since_version(current: models.Model, version: int) -> list[FieldChange]:
    """The field changes between the saved `version` of an object and its current state."""
    records = current.history.filter(version__in=[version])  # type: ignore[attr-defined]
    old = records.order_by("-history_date").first()
    latest = current.history.order_by("-history_date").first()  # type: ignore[attr-defined]
    if old is None or latest is None:
        return []
    return changes_between(old, latest)
