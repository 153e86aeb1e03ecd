"""What changed between two versions of a document, item by item.

A plan adopted by a committee is stored as plain data; the plan of today is built in the same
shape. Comparing the two item by item (each risk, action, goal or measure, matched by its
number or id) tells the auditor what the plan says now that it did not say when adopted.
Pure functions: the apps say which items and fields their documents have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

Item = dict[str, Any]


@dataclass(frozen=True)
class Field:
    """One field of an item: its label and how to read it as printed text."""

    label: str
    read: Callable[[Item], str]


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class ItemChange:
    kind: str  # the item's type as the reader calls it, e.g. "Risk"
    key: str  # its number or code as printed
    title: str
    change: str  # ADDED, REMOVED or CHANGED
    fields: tuple[FieldChange, ...] = ()

    @property
    def change_label(self) -> str:
        return {
            ADDED: _("added since the adoption"),
            REMOVED: _("removed since the adoption"),
            CHANGED: _("changed since the adoption"),
        }[self.change]


ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"


def text(value: Any) -> str:
    """A stored value as the change list prints it: nothing for None, lists joined."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(text(v) for v in value)
    return str(value)


def item_changes(
    kind: str,
    before: Iterable[Item],
    after: Iterable[Item],
    *,
    key: Callable[[Item], Any],
    title: Callable[[Item], str],
    fields: Sequence[Field],
    label: Callable[[Item], str] | None = None,
) -> list[ItemChange]:
    """Items added, removed and changed from `before` to `after`, in the order of `after`
    with removed items last in the order of `before`. `label` prints the key (its number)."""
    shown = label or (lambda item: text(key(item)))
    old = {key(item): item for item in before}
    new = {key(item): item for item in after}
    changes: list[ItemChange] = []
    for k, item in new.items():
        if k not in old:
            changes.append(ItemChange(kind, shown(item), title(item), ADDED))
            continue
        differing = tuple(
            FieldChange(f.label, f.read(old[k]), f.read(item))
            for f in fields
            if f.read(old[k]) != f.read(item)
        )
        if differing:
            changes.append(ItemChange(kind, shown(item), title(item), CHANGED, differing))
    changes.extend(
        ItemChange(kind, shown(item), title(item), REMOVED)
        for k, item in old.items()
        if k not in new
    )
    return changes


def value_of(name: str) -> Callable[[Item], str]:
    """A reader of one key of the item."""
    return lambda item: text(item.get(name))
