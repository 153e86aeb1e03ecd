"""The answers with which the API refuses a request, as every operation documents them.

Each is JSON with a `detail` in the person's language: 422 adds the refused fields, each
named by its path (`rows.2.total`, rows counted from 1) with its messages; 409 adds the
current version and what changed since the version the client read, or (a batch) the rows
that someone changed meanwhile.
"""

from __future__ import annotations

from ninja import Schema


class Refusal(Schema):
    detail: str


class InvalidData(Schema):
    detail: str
    errors: dict[str, list[str]]


class ChangeOut(Schema):
    field: str
    label: str
    before: str
    after: str


class EditConflictOut(Schema):
    detail: str
    current_version: int
    changes: list[ChangeOut]


class RowsConflictOut(Schema):
    """Rows of a batch that would overwrite what someone saved after the client read it."""

    detail: str
    errors: dict[str, list[str]]


_SCHEMAS: dict[int, type[Schema]] = {
    400: Refusal,
    401: Refusal,
    403: Refusal,
    404: Refusal,
    409: EditConflictOut,
    415: Refusal,
    422: InvalidData,
}


def refusals(*statuses: int) -> dict[int, type[Schema]]:
    """The refusals an operation can answer besides 401, which every operation documents."""
    return {status: _SCHEMAS[status] for status in statuses}
