"""Field-level differences between two historical versions of an object, for people to read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models

# Bookkeeping fields that change at every save and say nothing to a reader.
IGNORED_FIELDS = frozenset({"updated_at", "version", "created_at", "path"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


def display_value(record: models.Model, field: models.Field[Any, Any], value: Any) -> str:
    """A value as a person reads it: choice labels, related object names, empty as a dash."""
    if value is None or value == "":
        return "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        from django.utils.translation import gettext

        return gettext("Yes") if value else gettext("No")
    return str(value)


def related_label(record: models.Model, field: models.Field[Any, Any]) -> str:
    """The name of a related object from a historical record, without failing on deletions."""
    try:
        related = getattr(record, field.name)
    except models.ObjectDoesNotExist:
        return f"#{getattr(record, field.attname)}"
    return "–" if related is None else str(related)


def changes_between(old: models.Model, new: models.Model) -> list[FieldChange]:
    """Readable changes from historical record `old` to historical record `new`."""
    delta = new.diff_against(old)  # type: ignore[attr-defined]
    meta = new.instance_type._meta  # type: ignore[attr-defined]
    result: list[FieldChange] = []
    for change in delta.changes:
        if change.field in IGNORED_FIELDS:
            continue
        field = meta.get_field(change.field)
        if field.is_relation:
            before = related_label(old, field)
            after = related_label(new, field)
        else:
            before = display_value(old, field, change.old)
            after = display_value(new, field, change.new)
        result.append(FieldChange(change.field, str(field.verbose_name), before, after))
    return result


def initial_values(record: models.Model) -> list[FieldChange]:
    """The values a newly created object was given, as changes from nothing."""
    meta = record.instance_type._meta  # type: ignore[attr-defined]
    kept = {f.name for f in record._meta.fields}
    result: list[FieldChange] = []
    for field in meta.concrete_fields:
        if field.primary_key or field.name in IGNORED_FIELDS or field.name not in kept:
            continue
        if field.is_relation:
            value = related_label(record, field)
        else:
            value = display_value(record, field, getattr(record, field.attname))
        if value != "–":
            result.append(FieldChange(field.name, str(field.verbose_name), "–", value))
    return result
