"""The bounds of what the API accepts, defined once for the schemas and parameters of every app.

An id, a year, a version or a count outside what the database column holds is refused with
422 before any query is made; a text is at most as long as its model field and never holds
a NUL character, which PostgreSQL cannot store; a choice is one of its model field's choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations
from pydantic import Field, GetCoreSchemaHandler
from pydantic_core import core_schema

from audit.validation import FIRST_YEAR, LAST_YEAR

_RANGES = BaseDatabaseOperations.integer_field_ranges

# Every primary key is a BigAutoField (DEFAULT_AUTO_FIELD).
ID_MAX: int = _RANGES["BigAutoField"][1]
# Versions, numbers, orders, priorities and scale values are PositiveIntegerFields.
POSITIVE_MAX: int = _RANGES["PositiveIntegerField"][1]
# Plan, period and baseline years; a date is built from them, so they stay far inside 1..9999.
YEAR_MIN, YEAR_MAX = FIRST_YEAR, LAST_YEAR

Id = Annotated[int, Field(ge=1, le=ID_MAX)]
Version = Annotated[
    int,
    Field(
        ge=1,
        le=POSITIVE_MAX,
        description="The version you read; a newer one refuses the change (409).",
    ),
]
Count = Annotated[int, Field(ge=0, le=POSITIVE_MAX)]
Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]

# A text without NUL characters (PostgreSQL refuses them in every text column).
NO_NUL = r"^[^\x00]*$"


def text_of(model: type[models.Model], field_name: str, *, required: bool = False) -> Any:
    """The bounds of a text field of `model` for a schema: `Annotated[str, text_of(...)]`.

    `required` refuses the empty text, for fields the model does not allow blank.
    """
    field = model._meta.get_field(field_name)
    max_length = getattr(field, "max_length", None)
    return Field(min_length=1 if required else None, max_length=max_length, pattern=NO_NUL)


# A text that is not a model field (a path or query text): any length, but storable.
Text = Annotated[str, Field(pattern=NO_NUL)]


@dataclass(frozen=True)
class _OneOf:
    """Pydantic metadata: the value is one of `values` (an enum in the OpenAPI)."""

    values: tuple[str, ...]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.literal_schema(list(self.values))


def choice_of(
    choices: type[models.Choices], *, blank: bool = False, excluding: tuple[Any, ...] = ()
) -> Any:
    """The model's choices for a schema field: `Annotated[str, choice_of(Treatment)]`.

    `blank` also admits the empty text, for choice fields the model allows blank. A choice
    whose value is the empty text (such as "not reported") is admitted only then: a client
    says nothing with null, not with a value no one chose. `excluding` leaves out values
    the model field takes elsewhere but not here.
    """
    left_out = {str(value) for value in excluding}
    values = tuple(str(v) for v in choices.values if str(v) and str(v) not in left_out)
    return _OneOf(("", *values) if blank else values)


def decimal_of(model: type[models.Model], field_name: str) -> Any:
    """The digits of a decimal field of `model`: `Annotated[Decimal, decimal_of(...)]`."""
    field = model._meta.get_field(field_name)
    return Field(
        max_digits=getattr(field, "max_digits", None),
        decimal_places=getattr(field, "decimal_places", None),
    )


def unchanged() -> Any:
    """The default of a field that a change may leave out but not set to null.

    Left out, the field keeps its value; null is refused (422), for the model cannot store it.
    """
    return Field(default=None)
