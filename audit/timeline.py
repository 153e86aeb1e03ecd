"""One object's history with the history of its parts: a risk's reassessments and the
links to what it threatens are part of what happened to the risk, not only its own fields.

A tracked type names its parts (`registry.Part`): models whose rows belong to the object
by a foreign key (an assessment's `risk_id`, a link's `risk_id`). The historical rows of
the parts keep that key after a part is deleted, so a removed link stays in the timeline.
A fixed number of queries: one for the object's records, one per part type, and one per
relation for the names of related objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.text import capfirst

from audit.changes import FieldChange, changes_between, related_labels
from audit.registry import TrackedType


@dataclass
class TimelineEntry:
    record: Any
    # The part's kind ("Bedömning", "Riskens uppdrag") or "" for the object's own records.
    kind: str
    changes: list[FieldChange]


def object_timeline(entry: TrackedType, obj: models.Model) -> list[TimelineEntry]:
    """Every version of `obj` and of its parts, newest first."""
    own = list(
        obj.history.select_related("history_user").order_by(  # type: ignore[attr-defined]
            "history_date", "history_id"
        )
    )
    entries = _entries(entry.model, own, kind="", skip=())
    for part in entry.parts:
        historical = part.model.history.model  # type: ignore[attr-defined]
        records = list(
            historical.objects.filter(**{part.parent_attname: obj.pk})
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        kind = capfirst(str(part.model._meta.verbose_name))
        entries += _entries(part.model, records, kind=kind, skip=(part.parent_field,))
    entries.sort(key=lambda e: (e.record.history_date, e.record.history_id), reverse=True)
    return entries


def _entries(
    model: type[models.Model], records: list[Any], *, kind: str, skip: tuple[str, ...]
) -> list[TimelineEntry]:
    labels = related_labels(model, records)
    pk_name = model._meta.pk.attname
    previous: dict[Any, Any] = {}
    result = []
    for record in records:
        key = getattr(record, pk_name)
        older = None if record.history_type == "+" else previous.get(key)
        changes = [c for c in changes_between(older, record, labels) if c.field not in skip]
        if record.history_type == "-":
            # A deleted part: what it was, so that the reader sees what was removed.
            changes = [
                FieldChange(c.field, c.label, c.after, "–")
                for c in changes_between(None, record, labels)
                if c.field not in skip
            ]
        previous[key] = record
        result.append(TimelineEntry(record, kind, changes))
    return result
