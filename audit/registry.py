"""Which objects have a history that people can open, and how each is scoped to a unit.

Domain apps register their tracked models in their AppConfig.ready(). The history pages
and the history export only serve registered models, each with its own access policy,
so no model is ever looked up from a name in a URL without an entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import models


class HistoryPolicy(Protocol):
    def can_view(self, user: Any, obj: Any) -> bool: ...

    def can_view_history(self, user: Any, obj: Any) -> bool: ...


@dataclass(frozen=True)
class Part:
    """Rows of `model` that belong to an object by the foreign key `parent_field`."""

    model: type[models.Model]
    parent_field: str

    @property
    def parent_attname(self) -> str:
        return f"{self.parent_field}_id"


@dataclass(frozen=True)
class TrackedType:
    key: str
    model: type[models.Model]
    # None for parts and links that have no history page of their own, only the export.
    policy: HistoryPolicy | None
    # Lookup from the historical record to the id of the unit it belongs to, e.g. "unit_id".
    unit_lookup: str
    # The page of the current object, for links from its history.
    url_of: Callable[[Any], str] | None = None
    # Parts whose history is shown in the object's own (assessments, links).
    parts: tuple[Part, ...] = ()


_registry: dict[str, TrackedType] = {}


def register(
    key: str,
    model: type[models.Model],
    *,
    policy: HistoryPolicy | None,
    unit_lookup: str = "unit_id",
    url_of: Callable[[Any], str] | None = None,
    parts: tuple[Part, ...] = (),
) -> None:
    if key in _registry and _registry[key].model is not model:
        raise ValueError(f"History key {key!r} is already registered")
    _registry[key] = TrackedType(key, model, policy, unit_lookup, url_of, parts)


def tracked_type(key: str) -> TrackedType | None:
    return _registry.get(key)


def tracked_type_of(model: type[models.Model]) -> TrackedType | None:
    for entry in _registry.values():
        if entry.model is model:
            return entry
    return None


def all_tracked_types() -> list[TrackedType]:
    return sorted(_registry.values(), key=lambda entry: entry.key)
