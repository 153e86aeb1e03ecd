"""Pydantic's validation errors named by field path and said in Swedish (a pure rule)."""

from __future__ import annotations

import pytest
from django.utils import translation

from config.api_errors import errors_by_field, field_key, message


@pytest.mark.parametrize(
    ("loc", "key"),
    [
        (("body", "payload", "rows", 1, "total"), "rows.2.total"),
        (("body", "payload", "version"), "version"),
        (("query", "year"), "year"),
        (("path", "unit_id"), "unit_id"),
        (("body", "payload"), "__all__"),
    ],
)
def test_the_field_is_named_by_its_path_with_rows_counted_from_one(
    loc: tuple[str | int, ...], key: str
) -> None:
    assert field_key(loc) == key


@pytest.mark.parametrize(
    ("error_type", "ctx", "swedish"),
    [
        ("missing", None, "year måste anges."),
        ("int_parsing", None, "year måste vara ett heltal."),
        ("int_from_float", None, "year måste vara ett heltal."),
        ("greater_than_equal", {"ge": 1900}, "year måste vara minst 1900."),
        ("less_than_equal", {"le": 2200}, "year får vara högst 2200."),
        ("string_too_long", {"max_length": 200}, "year får vara högst 200 tecken lång."),
        ("string_too_short", {"min_length": 1}, "year får inte vara tom."),
        (
            "literal_error",
            {"expected": "'a', 'b' or 'c'"},
            "year måste vara ett av 'a', 'b' eller 'c'.",
        ),
        ("enum", {"expected": "'a' or 'b'"}, "year måste vara ett av 'a' eller 'b'."),
        ("json_invalid", {"error": "EOF"}, "year är inte giltig JSON."),
        ("date_parsing", None, "year måste vara ett datum (ÅÅÅÅ-MM-DD)."),
        ("date_from_datetime_parsing", None, "year måste vara ett datum (ÅÅÅÅ-MM-DD)."),
        ("bool_parsing", None, "year måste vara sant eller falskt (true eller false)."),
        ("decimal_parsing", None, "year måste vara ett tal."),
        ("decimal_max_digits", {"max_digits": 14}, "year får ha högst 14 siffror."),
        (
            "string_pattern_mismatch",
            {"pattern": "x"},
            "year innehåller tecken som inte kan sparas.",
        ),
        ("something_new", None, "year har ett värde som inte är tillåtet."),
    ],
)
def test_each_kind_of_error_is_said_in_swedish(
    error_type: str, ctx: dict[str, object] | None, swedish: str
) -> None:
    with translation.override("sv"):
        assert message(error_type, "year", ctx) == swedish


def test_a_message_missing_its_value_still_reads() -> None:
    with translation.override("sv"):
        assert message("less_than_equal", "year", {}) == "year får vara högst –."


def test_errors_are_grouped_by_field_like_djangos_message_dict() -> None:
    errors = [
        {"loc": ("body", "payload", "rows", 0, "total"), "type": "string_type"},
        {"loc": ("body", "payload", "rows", 0, "total"), "type": "string_type"},
        {"loc": ("body", "payload"), "type": "model_attributes_type"},
    ]
    with translation.override("sv"):
        assert errors_by_field(errors) == {
            "rows.1.total": ["rows.1.total måste vara en text."],
            "__all__": ["Anropets innehåll måste vara ett JSON-objekt."],
        }
