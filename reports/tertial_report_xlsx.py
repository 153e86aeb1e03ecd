"""The tertial report as a spreadsheet: one row per measure, and the outcomes over time."""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from audit.spreadsheet import append_row
from planning.target_words import explain
from reports.tertial_report_docx import status_text, trend_text


def _number(value: Any) -> float | None:
    return float(value) if value is not None else None


def tertial_report_workbook(report: dict[str, Any], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _("Measures")[:31]
    append_row(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=14)
    headers = [
        _("Perspective"),
        _("Goal"),
        _("Measure"),
        _("Target"),
        _("Reported in"),
        _("Unit of measure"),
        _("Total"),
        _("Women"),
        _("Men"),
        _("Fulfilment"),
        _("Reason"),
        _("Trend"),
        _("Comment"),
    ]
    append_row(sheet, headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    series = workbook.create_sheet(_("Over time")[:31])
    append_row(series, [_("Measure"), _("Period"), _("Total"), _("Women"), _("Men")])
    for cell in series[1]:
        cell.font = Font(bold=True)
    for entry in report["perspectives"]:
        for goal in entry.goals:
            for row in goal["rows"]:
                indicator, outcome = row.indicator, row.outcome
                unit = "%" if indicator.measure_unit == "%" else ""
                append_row(
                    sheet,
                    [
                        entry.perspective.name if entry.perspective else "",
                        goal["goal"].title if goal["goal"] else "",
                        indicator.name,
                        indicator.target_text,
                        indicator.report_periods,
                        indicator.measure_unit,
                        _number(outcome.total) if outcome else None,
                        _number(outcome.women) if outcome else None,
                        _number(outcome.men) if outcome else None,
                        status_text(row.judgement.status),
                        explain(row.judgement, unit),
                        trend_text(row.trend),
                        outcome.comment if outcome else "",
                    ],
                )
        for item in entry.series:
            for o in item.outcomes:
                append_row(
                    series,
                    [
                        item.indicator.name,
                        str(o.period),
                        _number(o.total),
                        _number(o.women),
                        _number(o.men),
                    ],
                )
    for column, width in zip(
        "ABCDEFGHIJKLM", (14, 30, 50, 22, 14, 10, 10, 10, 10, 16, 50, 12, 60), strict=True
    ):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.column in (7, 8, 9):
                cell.number_format = "# ##0.0##"
    sheet.freeze_panes = "A3"
    series.column_dimensions["A"].width = 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
