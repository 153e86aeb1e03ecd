"""Historical records turned into rows of readable changes, in bulk.

Used by the history export: a few queries per object type, whatever the number of records.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from audit.changes import Labels, field_value, related_labels, tracked_fields
from audit.registry import TrackedType

CHANGE_TYPES = {"+": "created", "~": "changed", "-": "deleted"}


@dataclass(frozen=True)
class HistoryRow:
    when: datetime.datetime
    who: str
    object_type: str
    object_id: Any
    object_label: str
    change: str
    field: str
    before: str
    after: str
    reason: str


def history_rows(
    entry: TrackedType,
    unit_ids: list[int],
    start: datetime.datetime,
    end: datetime.datetime,
) -> Iterator[HistoryRow]:
    """Every field change of objects of one type under the given units between start and end."""
    model = entry.model
    historical = model.history.model  # type: ignore[attr-defined]
    pk_name = model._meta.pk.attname
    in_range = historical.objects.filter(
        **{f"{entry.unit_lookup}__in": unit_ids}, history_date__gte=start, history_date__lt=end
    )
    object_ids = set(in_range.values_list(pk_name, flat=True))
    if not object_ids:
        return
    # Earlier records too, so that the first change in the range has its "before".
    records = list(
        historical.objects.filter(**{f"{pk_name}__in": object_ids}, history_date__lt=end)
        .select_related("history_user")
        .order_by(pk_name, "history_date", "history_id")
    )
    fields = tracked_fields(model)
    labels = related_labels(model, records)
    type_label = str(model._meta.verbose_name).capitalize()
    previous: Any = None
    for record in records:
        if previous is not None and getattr(previous, pk_name) != getattr(record, pk_name):
            previous = None
        if record.history_date >= start:
            yield from _record_rows(record, previous, fields, labels, type_label, pk_name)
        previous = record


def _record_rows(
    record: Any,
    previous: Any,
    fields: list[models.Field[Any, Any]],
    labels: Labels,
    type_label: str,
    pk_name: str,
) -> Iterator[HistoryRow]:
    who = str(record.history_user) if record.history_user else _("(system)")
    label = str(record.instance) if record.history_type != "-" else f"#{getattr(record, pk_name)}"
    change = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}[record.history_type]
    base = {
        "when": record.history_date,
        "who": who,
        "object_type": type_label,
        "object_id": getattr(record, pk_name),
        "object_label": label,
        "change": change,
        "reason": record.history_change_reason or "",
    }
    emitted = False
    for field in fields:
        after = field_value(field, record, labels)
        before = field_value(field, previous, labels) if previous is not None else ""
        if record.history_type == "-":
            after, before = "", after
        if before == after:
            continue
        emitted = True
        yield HistoryRow(field=str(field.verbose_name), before=before, after=after, **base)
    if not emitted:
        yield HistoryRow(field="", before="", after="", **base)
