"""How far a round has come: the completion bar and who is done, as a plain rule."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rounds.models import PartState


@dataclass
class WriterProgress:
    writer: Any  # a person, or None for parts no one is assigned
    ready: int = 0
    total: int = 0
    late: int = 0


@dataclass
class Completion:
    total: int = 0
    ready: int = 0
    returned: int = 0
    late: int = 0
    unassigned: int = 0
    writers: list[WriterProgress] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return round(100 * self.ready / self.total) if self.total else 100

    @property
    def complete(self) -> bool:
        return self.ready == self.total


def is_late(part: Any, today: datetime.date) -> bool:
    return part.state != PartState.READY and part.due_on is not None and part.due_on < today


def completion(parts: Iterable[Any], today: datetime.date) -> Completion:
    """Counts over the parts (with their writers loaded): ready, sent back, late, and per
    writer, those with late parts first."""
    done = Completion()
    writers: dict[int | None, WriterProgress] = {}
    for part in parts:
        done.total += 1
        ready = part.state == PartState.READY
        late = is_late(part, today)
        done.ready += ready
        done.returned += part.state == PartState.RETURNED
        done.late += late
        done.unassigned += part.writer_id is None
        entry = writers.setdefault(part.writer_id, WriterProgress(part.writer))
        entry.total += 1
        entry.ready += ready
        entry.late += late
    done.writers = sorted(
        writers.values(),
        key=lambda w: (w.writer is None, -w.late, w.ready == w.total, str(w.writer or "")),
    )
    return done
