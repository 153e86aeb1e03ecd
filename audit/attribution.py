"""Name the person behind a write, for the history, also outside a request."""

from typing import Any, TypeVar

from django.db import models

T = TypeVar("T")


def history_user_of(actor: Any) -> Any:
    """The person a history record names: a stored person, else no one (the system)."""
    return actor if isinstance(actor, models.Model) and actor.pk is not None else None


def attributed(obj: T, actor: Any) -> T:
    """Attribute the next save or delete of `obj` to `actor` (the system: no person)."""
    obj._history_user = history_user_of(actor)  # type: ignore[attr-defined]
    return obj
