"""Path converters that accept only what can exist, so a URL never reaches the database
with a number the database cannot hold (a 30-digit id answers 404, not 500).

`<id:pk>` is a row id, `<year:year>` a calendar year; both are registered on import.
"""

from __future__ import annotations

from django.urls import register_converter

from audit.validation import FIRST_YEAR, LAST_YEAR, MAX_ID


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError(value)  # the resolver then tries the next pattern, or 404
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class YearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        year = int(value)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(value)
        return year

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")
register_converter(YearConverter, "year")
