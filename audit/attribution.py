"""Name the person behind a write, for the history, also outside a request."""

from typing import Any, TypeVar

T = TypeVar("T")


def attributed(obj: T, actor: Any) -> T:
    """Attribute the next save or delete of `obj` to `actor` (None: the system)."""
    obj._history_user = actor  # type: ignore[attr-defined]
    return obj
