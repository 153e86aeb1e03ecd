"""Reading a file into a header and numbered rows: CSV as Swedish Excel writes it, or .xlsx."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import load_workbook

# The header is looked for among the first rows, under any title rows above it.
HEADER_SEARCH = 30
DELIMITERS = (";", "\t", ",")


class FileProblem(ValueError):
    """The file cannot be read as a table; the message says why, for the person."""


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number in the file, as a spreadsheet shows it
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[SourceRow, ...]


def is_xlsx(content: bytes) -> bool:
    return content[:4] == b"PK\x03\x04"


def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the two encodings Excel saves CSV in."""
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8", errors="strict")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileProblem(_("The file is neither UTF-8 nor Windows-1252 text.")) from exc


def guess_delimiter(lines: Sequence[str]) -> str:
    """The separator found most consistently in the first lines that have one (`;` on a tie)."""
    sample = [line for line in lines[:HEADER_SEARCH] if line.strip()]

    def score(delimiter: str) -> tuple[int, int]:
        counts = sorted(line.count(delimiter) for line in sample)
        if not counts or counts[-1] == 0:
            return (0, 0)
        median = counts[len(counts) // 2]
        return (median, -DELIMITERS.index(delimiter))

    return max(DELIMITERS, key=score)


def _csv_rows(content: bytes) -> list[SourceRow]:
    text = decode(content)
    if "\x00" in text:
        raise FileProblem(_("The file is not a text table."))
    delimiter = guess_delimiter(text.splitlines())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [
            SourceRow(number, tuple(cell.strip() for cell in cells))
            for number, cells in enumerate(reader, start=1)
        ]
    except csv.Error as exc:
        raise FileProblem(_("The file is not a CSV table: %(error)s") % {"error": exc}) from exc


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees in it (dates as 2025-02-28)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value).strip()


def _xlsx_rows(content: bytes) -> list[SourceRow]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileProblem(_("The file is not an Excel workbook (.xlsx) that can be read.")) from exc
    try:
        sheet = workbook.worksheets[0]
        return [
            SourceRow(number, tuple(cell_text(v) for v in values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()


def _is_empty(row: SourceRow) -> bool:
    return not any(row.cells)


def find_header(rows: Sequence[SourceRow], is_known: Callable[[str], bool]) -> int:
    """The index of the header row among the first rows: the one naming most known fields;
    without any, the first of those with the most filled cells (title rows have one)."""
    candidates = [(i, r) for i, r in enumerate(rows[:HEADER_SEARCH]) if not _is_empty(r)]
    if not candidates:
        raise FileProblem(_("The file has no rows."))

    def known(row: SourceRow) -> int:
        return sum(1 for cell in row.cells if cell and is_known(cell))

    best = max(candidates, key=lambda c: (known(c[1]), -c[0]))
    if known(best[1]):
        return best[0]
    filled = max(sum(1 for cell in r.cells if cell) for _i, r in candidates)
    return next(i for i, r in candidates if sum(1 for cell in r.cells if cell) == filled)


def read_table(content: bytes, is_known: Callable[[str], bool]) -> Table:
    """The header and the non-empty rows under it; `is_known` recognises a field's header."""
    rows = _xlsx_rows(content) if is_xlsx(content) else _csv_rows(content)
    index = find_header(rows, is_known)
    header = rows[index]
    width = max(i + 1 for i, cell in enumerate(header.cells) if cell)
    data = tuple(r for r in rows[index + 1 :] if not _is_empty(r))
    return Table(tuple(header.cells[:width]), header.number, data)
