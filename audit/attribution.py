"""Name the person behind a write, for the history, also outside a request."""

from typing import Any, TypeVar

from django.db import models

T = TypeVar("T")


def history_user_of(actor: Any) -> Any:
    """The person a history record names: a stored person, else no one (the system)."""
    return actor if isinstance(actor, models.Model) and actor.pk is not None else None


# The length of the history's reason column (simple_history's history_change_reason).
REASON_LENGTH = 100


def attributed(obj: T, actor: Any, reason: str = "") -> T:
    """Attribute the next save or delete of `obj` to `actor` (the system: no person), with
    `reason` for its history (where it came from, say), cut to what the history holds."""
    obj._history_user = history_user_of(actor)  # type: ignore[attr-defined]
    if reason:
        obj._change_reason = reason[:REASON_LENGTH]  # type: ignore[attr-defined]
    return obj
