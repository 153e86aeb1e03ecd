"""Field-level differences between historical versions of an object, for people to read.

Names of related objects are looked up in bulk (`related_labels`), so that showing any
number of versions costs one query per relation, not one per version.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

# Bookkeeping fields that change at every save and say nothing to a reader.
IGNORED_FIELDS = frozenset({"updated_at", "version", "created_at", "path"})

Labels = dict[tuple[str, Any], str]


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


def tracked_fields(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    """The model's fields that its history keeps (never passwords), minus bookkeeping."""
    kept = {f.name for f in model.history.model._meta.fields}  # type: ignore[attr-defined]
    return [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in IGNORED_FIELDS and f.name in kept
    ]


def related_labels(model: type[models.Model], records: Iterable[Any]) -> Labels:
    """Names of every object the records refer to, one query per relation."""
    records = list(records)
    labels: Labels = {}
    for field in tracked_fields(model):
        if not field.is_relation or field.related_model is None:
            continue
        ids = {getattr(r, field.attname) for r in records if r is not None} - {None}
        if not ids:
            continue
        related = field.related_model._base_manager.in_bulk(ids)  # type: ignore[union-attr]
        for pk in ids:
            labels[(field.name, pk)] = str(related[pk]) if pk in related else f"#{pk}"
    return labels


def field_value(field: models.Field[Any, Any], record: Any, labels: Labels) -> str:
    """A stored value as a person reads it: choice labels, names of related objects."""
    value = getattr(record, field.attname)
    if value is None or value == "":
        return ""
    if field.is_relation:
        return labels.get((field.name, value), f"#{value}")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def changes_between(old: Any, new: Any, labels: Labels | None = None) -> list[FieldChange]:
    """Readable changes from historical record `old` to historical record `new`.

    With `old` None, the values the object was created with.
    """
    model = new.instance_type
    if labels is None:
        labels = related_labels(model, [old, new])
    result: list[FieldChange] = []
    for field in tracked_fields(model):
        after = field_value(field, new, labels)
        before = field_value(field, old, labels) if old is not None else ""
        if before != after:
            result.append(
                FieldChange(field.name, str(field.verbose_name), before or "–", after or "–")
            )
    return result
