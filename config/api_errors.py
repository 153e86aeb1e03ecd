"""Request validation errors in the person's language, each keyed by the path of its field.

Pydantic reports where an error is as a location such as ("body", "payload", "rows", 1,
"total"); the API names it `rows.2.total`: without the part of the request it came from and
the name of the body parameter, with rows counted from 1 as the services count them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.utils.translation import gettext as _

NON_FIELD = "__all__"


class _Values(dict[str, str]):
    """The values a message names; one that pydantic did not give reads as a dash."""

    def __missing__(self, key: str) -> str:
        return "–"


def field_key(loc: Sequence[str | int]) -> str:
    """`rows.2.total` for ("body", "payload", "rows", 1, "total"); `year` for ("query", "year")."""
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[2:]  # the part of the request and the name of the body parameter
    elif parts and parts[0] in {"path", "query", "header", "cookie", "form"}:
        parts = parts[1:]
    names = [str(p + 1) if isinstance(p, int) else str(p) for p in parts]
    return ".".join(names) or NON_FIELD


def _or_list(expected: str) -> str:
    """Pydantic's "'a', 'b' or 'c'" with the last word translated."""
    head, sep, last = expected.rpartition(" or ")
    if not sep:
        return expected
    return _("%(first)s or %(last)s") % {"first": head, "last": last}


def message(error_type: str, field: str, ctx: Mapping[str, Any] | None = None) -> str:
    """What is wrong with `field`, said to a person; unknown kinds of error get a general one."""
    ctx = dict(ctx or {})
    values = _Values({key: str(value) for key, value in ctx.items()})
    values["field"] = field
    if error_type in {"missing", "missing_argument"}:
        return _("%(field)s is required.") % values
    if error_type in {"int_parsing", "int_type", "int_from_float", "int_parsing_size"}:
        return _("%(field)s must be a whole number.") % values
    if error_type in {
        "float_parsing",
        "float_type",
        "decimal_parsing",
        "decimal_type",
        "number_type",
    }:
        return _("%(field)s must be a number.") % values
    if error_type == "finite_number":
        return _("%(field)s must be a finite number.") % values
    if error_type == "decimal_max_digits":
        return _("%(field)s may have at most %(max_digits)s digits.") % values
    if error_type == "decimal_max_places":
        return _("%(field)s may have at most %(decimal_places)s decimals.") % values
    if error_type == "decimal_whole_digits":
        return _("%(field)s may have at most %(whole_digits)s digits before the decimal point.") % (
            values
        )
    if error_type == "greater_than_equal":
        return _("%(field)s must be at least %(ge)s.") % values
    if error_type == "greater_than":
        return _("%(field)s must be greater than %(gt)s.") % values
    if error_type == "less_than_equal":
        return _("%(field)s must be at most %(le)s.") % values
    if error_type == "less_than":
        return _("%(field)s must be less than %(lt)s.") % values
    if error_type == "string_too_long":
        return _("%(field)s may be at most %(max_length)s characters long.") % values
    if error_type == "string_too_short":
        if values.get("min_length") == "1":
            return _("%(field)s must not be empty.") % values
        return _("%(field)s must be at least %(min_length)s characters long.") % values
    if error_type in {"string_type", "string_sub_type"}:
        return _("%(field)s must be a text.") % values
    if error_type in {"string_pattern_mismatch", "string_unicode"}:
        return _("%(field)s contains characters that cannot be stored.") % values
    if error_type in {"enum", "literal_error"}:
        values["expected"] = _or_list(str(ctx.get("expected", "")))
        return _("%(field)s must be one of %(expected)s.") % values
    if error_type in {"bool_parsing", "bool_type"}:
        return _("%(field)s must be true or false.") % values
    if error_type.startswith("date"):
        return _("%(field)s must be a date (YYYY-MM-DD).") % values
    if error_type in {"json_invalid", "json_type"}:
        return _("%(field)s is not valid JSON.") % values
    if error_type in {"model_type", "model_attributes_type", "dict_type", "dataclass_type"}:
        return _("%(field)s must be a JSON object.") % values
    if error_type in {"list_type", "tuple_type", "set_type", "iterable_type"}:
        return _("%(field)s must be a list.") % values
    if error_type == "too_long":
        return _("%(field)s may have at most %(max_length)s items.") % values
    if error_type == "too_short":
        return _("%(field)s must have at least %(min_length)s items.") % values
    return _("%(field)s has a value that is not allowed.") % values


def errors_by_field(errors: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Ninja's validation errors as {field path: [messages]}, like Django's message_dict."""
    result: dict[str, list[str]] = {}
    for error in errors:
        key = field_key(error.get("loc", ()))
        label = _("The request body") if key == NON_FIELD else key
        text = message(str(error.get("type", "")), label, error.get("ctx"))
        if text not in result.setdefault(key, []):
            result[key].append(text)
    return result
