"""The documents chapters are written in, registered by the apps that own them.

Chapters sit below the apps whose documents they belong to: planning registers the
operational plan, internal control its plan and follow-ups, follow-up a period's report,
each in its AppConfig.ready(). A document kind says where in the document a chapter may
stand, how its owner is found within a unit, and who may read and write its chapters; the
chapters app asks it and nothing else (chapters.access).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

from organisation.access import grants_of
from organisation.models import Unit


@dataclass(frozen=True)
class Owner:
    """What a unit's chapters are written in: an operational plan of a year, a plan, …"""

    unit: Unit
    key: int  # Chapter.owner
    title: str  # "Hälso- och sjukvårdsnämndens verksamhetsplan 2023"
    url: str  # the page of what the chapters belong to
    subject: Any = None  # the plan, follow-up or period itself, if it is an object


@dataclass(frozen=True)
class DocumentKind:
    key: str  # Chapter.document, and the kind's part of a chapter page's address
    label: Promise | str
    # Where a chapter may stand, in the document's order: (key, label).
    places: tuple[tuple[str, Promise | str], ...]
    # The owner `key` names in `unit`, or None if there is none there.
    owner: Callable[[Unit, int], Owner | None]
    may_read: Callable[[Any, Owner], bool]
    may_write: Callable[[Any, Owner], bool]


_kinds: dict[str, DocumentKind] = {}


def register_document(kind: DocumentKind) -> None:
    if kind.key in _kinds and _kinds[kind.key] != kind:
        raise ValueError(f"The chapter document {kind.key!r} is already registered")
    _kinds[kind.key] = kind


def document_kind(key: str) -> DocumentKind | None:
    return _kinds.get(key)


def reads_the_unit(user: Any, owner: Owner) -> bool:
    """Those with a role on the document's unit or above it read it; a unit above one's own
    is context in the tree, not a readable document."""
    return grants_of(user).has_any(owner.unit)
