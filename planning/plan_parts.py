"""Parts that other apps add to a unit's operational plan for a year.

The operational plan a committee adopts carries more than goals: its budget frame and
investment plan (economy), the areas it follows up and its meeting calendar (committee),
the internal control actions under its goals. Those apps register their parts here in their
AppConfig.ready(), so the plan document (plan_document) gathers and reads them without
planning importing the apps above it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from organisation.models import Unit


@dataclass(frozen=True)
class PlanPart:
    key: str  # the part's key in the stored document
    # JSON-ready data of the part for the plan of `unit` in `year`; a fixed number of queries.
    build: Callable[[Unit, int], Any]
    # What the templates read from the stored part: keys merged into the readable plan.
    read: Callable[[Any], dict[str, Any]]
    # The stored value of a plan that has nothing of the part (older snapshots too).
    empty: Any = None


_parts: dict[str, PlanPart] = {}
_action_readers: list[Callable[[dict[str, Any]], dict[str, Any]]] = []


def register_plan_part(part: PlanPart) -> None:
    if part.key in _parts and _parts[part.key] != part:
        raise ValueError(f"The plan part {part.key!r} is already registered")
    _parts[part.key] = part


def plan_parts() -> list[PlanPart]:
    return list(_parts.values())


def register_action_reader(reader: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """What an action under a goal reads as besides its stored fields (its status label and
    page), from the app that owns actions."""
    if reader not in _action_readers:
        _action_readers.append(reader)


def choice_label(choices: Any, code: str) -> str:
    """A stored choice code in the reader's language; a code no longer offered reads as stored."""
    try:
        return str(choices(code).label)
    except ValueError:
        return code


def read_action(action: dict[str, Any]) -> dict[str, Any]:
    for reader in _action_readers:
        action = action | reader(action)
    return action
