"""Rows written to a workbook exactly as the text is: a text is never a formula.

openpyxl stores any string that starts with "=" as a live formula, so a risk titled
`=HYPERLINK("http://…")` would run in the reader's Excel. Every workbook styr writes
appends its rows through `append_row`, which keeps such text as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import TYPE_FORMULA, TYPE_STRING
from openpyxl.worksheet.worksheet import Worksheet


def append_row(sheet: Worksheet, values: Iterable[Any]) -> None:
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if cell.data_type == TYPE_FORMULA:
            cell.data_type = TYPE_STRING
