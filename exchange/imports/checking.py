"""Every row through its kind, every problem named; then all of it saved, or none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from exchange.imports.columns import Columns
from exchange.imports.kinds import ImportKind, Preview, Source
from exchange.imports.reading import Table


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # the row's number in the file; None for the file as a whole
    field: str
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return f"{self.field}: {self.message}"
        return _("Row %(row)s, %(field)s: %(message)s") % {
            "row": self.row,
            "field": self.field,
            "message": self.message,
        }


@dataclass
class Checked:
    parsed: list[Any] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    row_count: int = 0


class ImportRefused(Exception):
    """Nothing was saved: the problems say why."""

    def __init__(self, problems: Sequence[RowProblem], refusal: str | None = None) -> None:
        super().__init__(refusal or f"{len(problems)} problems")
        self.problems = list(problems)
        self.refusal = refusal


def missing_columns(kind: ImportKind, columns: Columns) -> list[RowProblem]:
    return [
        RowProblem(None, str(f.label), _("choose the column it is in."))
        for f in kind.fields
        if f.required and columns.get(f.key) is None
    ]


def check(kind: ImportKind, context: Any, table: Table, columns: Columns) -> Checked:
    """Parse every row; a problem per bad field, named by the row's number in the file."""
    checked = Checked(row_count=len(table.rows))
    checked.problems = missing_columns(kind, columns)
    if checked.problems:
        return checked
    chosen = [(key, index) for key, index in columns.items() if index is not None]
    unchosen = {f.key: "" for f in kind.fields if columns.get(f.key) is None}
    labels = {f.key: str(f.label) for f in kind.fields}
    for row in table.rows:
        cells = row.cells
        values = {key: cells[index] if index < len(cells) else "" for key, index in chosen}
        values.update(unchosen)
        parsed, errors = kind.parse(context, values, row.number)
        if errors:
            checked.problems += [RowProblem(row.number, labels[k], m) for k, m in errors.items()]
        else:
            checked.parsed.append(parsed)
    if not checked.problems:
        checked.problems += [
            RowProblem(number, labels[key], message)
            for number, key, message in kind.cross_check(context, checked.parsed)
        ]
    if not table.rows:
        checked.problems.append(
            RowProblem(None, _("File"), _("there are no rows under the header."))
        )
    return checked


def preview(kind: ImportKind, context: Any, checked: Checked, source: Source) -> Preview:
    """What a save would make, or why the file is refused as a whole."""
    summary = kind.preview(context, checked.parsed, source)
    summary.refusal = kind.refusal(context, source)
    return summary


def run(
    kind: ImportKind,
    actor: Any,
    context: Any,
    table: Table,
    columns: Columns,
    source: Source,
    expected_state: str | None = None,
) -> Any:
    """Check every row and save them all in one transaction; any problem saves nothing.

    `expected_state` is the stamp the preview showed (ImportKind.state): when what the rows
    replace has changed since, nothing is saved, so no one's later change is overwritten."""
    with transaction.atomic():
        checked = check(kind, context, table, columns)
        if checked.problems:
            raise ImportRefused(checked.problems)
        refusal = kind.refusal(context, source)
        if refusal:
            raise ImportRefused([], refusal)
        if expected_state is not None and kind.state(context, checked.parsed) != expected_state:
            raise ImportRefused(
                [],
                _(
                    "What the file would replace has changed since you checked it. Nothing "
                    "was saved: look at the file's page again, then save."
                ),
            )
        return kind.save(actor, context, checked.parsed, source)
