"""The rules every stored value obeys, checked on every save whatever path it came by.

Forms, the grid, the API, imports and loaders all end in a model's `save`; checking the
fields' own rules there (lengths, digits, number ranges, choices, required values) means
one value cannot slip past one path and break every page that later reads it. Only the
field's own rules run here, none that need the database (related rows, uniqueness), plus
two of styr's own: a text has a length limit, and a date or a year (a field named `year`
or `…_year`) lies between FIRST_YEAR and LAST_YEAR.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

# A text without a length of its own may hold this many characters: several pages of
# prose, far more than any field of a plan or report needs, and few enough that a
# document stays quick to make.
TEXT_LIMIT = 10_000
# Years and dates a plan, period or report can concern: wide enough for any archive and
# any long-term plan, narrow enough that date arithmetic (a period's end, a day after)
# never leaves the calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# The largest id PostgreSQL's bigint and SQLite's integer hold.
MAX_ID = 2**63 - 1


def _skipped(field: models.Field[Any, Any]) -> bool:
    return (
        field.is_relation
        or field.primary_key
        or getattr(field, "auto_now", False)
        or getattr(field, "auto_now_add", False)
    )


def field_problems(model: type[models.Model], values: dict[str, Any]) -> dict[str, str]:
    """What is wrong with each of `values` by its field's rules, as Swedish sentences.

    For callers that check input before making an object (a grid row, an import row).
    """
    problems: dict[str, str] = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        assert isinstance(field, models.Field)
        message = _problem(field, value, None)
        if message:
            problems[name] = message
    return problems


def _problem(field: models.Field[Any, Any], value: Any, obj: models.Model | None) -> str | None:
    try:
        cleaned = field.clean(value, obj)
    except ValidationError as error:
        return f"{capfirst(str(field.verbose_name))}: {' '.join(error.messages)}"
    if (
        isinstance(field, models.TextField)
        and isinstance(cleaned, str)
        and len(cleaned) > (field.max_length or TEXT_LIMIT)
    ):
        return _("%(field)s: at most %(limit)s characters (this text has %(length)s).") % {
            "field": capfirst(str(field.verbose_name)),
            "limit": f"{field.max_length or TEXT_LIMIT:,}".replace(",", "\u00a0"),
            "length": f"{len(cleaned):,}".replace(",", "\u00a0"),
        }
    year = _year_of(field, cleaned)
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        return _("%(field)s: give a year from %(first)s to %(last)s.") % {
            "field": capfirst(str(field.verbose_name)),
            "first": FIRST_YEAR,
            "last": LAST_YEAR,
        }
    return None


def _year_of(field: models.Field[Any, Any], value: Any) -> int | None:
    if isinstance(value, datetime.date):
        return value.year
    is_year = field.name == "year" or field.name.endswith("_year")
    if is_year and isinstance(field, models.IntegerField) and isinstance(value, int):
        return value
    return None


def validate_stored_values(obj: models.Model) -> None:
    """Refuse to store a value that breaks its field's rules; the error names the field."""
    errors: dict[str, str] = {}
    for field in obj._meta.concrete_fields:
        if _skipped(field):
            continue
        message = _problem(field, getattr(obj, field.attname), obj)
        if message:
            errors[field.name] = message
    if errors:
        raise ValidationError(errors)
