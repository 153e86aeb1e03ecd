"""The tertial report as a spreadsheet: one row per measure, the outcomes over time per unit,
and every goal of the report with the number of measures that follow it up; each measure and
goal with its analysis and forecast, and a row of the goals' sheet for the analysis of a
perspective or of a goal the report's goals contribute to."""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from audit.spreadsheet import append_row
from chapters.markup import blocks
from followup.contradiction_words import outcome_warnings
from planning.target_words import explain, explain_verdict
from reports.tertial_report_docx import status_text, trend_text


def _number(value: Any) -> float | None:
    return float(value) if value is not None else None


def number_format(indicator: Any) -> str:
    """The cell format that prints the indicator's unit, and the plus of a deviation."""
    base = "# ##0.0##"
    unit = indicator.measure_unit.replace('"', "")
    suffix = f'" {unit}"' if unit else ""
    if indicator.signed:
        return f"+{base}{suffix};-{base}{suffix};0{suffix}"
    return f"{base}{suffix}"


def _notes(outcome: Any, indicator: Any) -> str:
    return " ".join(outcome_warnings(outcome, indicator)) if outcome else ""


def _bold_header(sheet: Worksheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)


def plain(text: str) -> str:
    """A text written in chapters.markup as a cell holds it: its paragraphs, items and table
    rows on lines of their own, without the marks."""
    lines = []
    for block in blocks(text):
        if block.kind == "table":
            lines += [" | ".join(row) for row in block.rows]
        elif block.kind == "item":
            lines.append(f"{block.number}. {block.plain}" if block.number else f"• {block.plain}")
        else:
            lines.append(block.plain)
    return "\n".join(lines)


def _forecast(analysis: Any) -> str:
    if analysis is None:
        return ""
    return analysis.get_forecast_display() if analysis.forecast else _("No forecast given")


def _analysis(analysis: Any) -> list[str]:
    """The forecast and the text of an analysis, two cells (empty where none is written)."""
    return [_forecast(analysis), plain(analysis.text) if analysis else ""]


def _analysis_row(perspective: str, subject: str, analysis: Any) -> list[Any]:
    """A row of the goals' sheet for the analysis of what is not a row of its own there: a
    perspective, or a goal its goals contribute to."""
    return [perspective, "", subject, None, "", "", *_analysis(analysis)]


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
        _("The figures contradict each other"),
        _("Forecast for the full year"),
        _("Analysis"),
    ]
    append_row(sheet, headers)
    _bold_header(sheet, 2)
    series = workbook.create_sheet(_("Over time")[:31])
    append_row(
        series,
        [
            _("Measure"),
            _("Unit"),
            _("Period"),
            _("Total"),
            _("Women"),
            _("Men"),
            _("Unit of measure"),
            _("The figures contradict each other"),
        ],
    )
    _bold_header(series, 1)
    goals = workbook.create_sheet(_("Goals")[:31])
    append_row(
        goals,
        [
            _("Perspective"),
            _("Contributes to"),
            _("Goal"),
            _("Measures"),
            _("Fulfilment"),
            _("Why"),
            _("Forecast for the full year"),
            _("Analysis"),
        ],
    )
    _bold_header(goals, 1)
    for entry in report["perspectives"]:
        perspective = entry.perspective.name if entry.perspective else ""
        if entry.analysis:
            label = f"{entry.perspective.get_kind_display()}: {perspective}"
            append_row(goals, _analysis_row(perspective, label, entry.analysis))
        shown: set[int] = set()
        for goal in entry.goals:
            g = goal["goal"]
            if g and g.parent and goal.get("parent_analysis") and g.parent.pk not in shown:
                shown.add(g.parent.pk)
                label = f"{g.parent.get_level_display()}: {g.parent.title}"
                append_row(goals, _analysis_row(perspective, label, goal["parent_analysis"]))
            append_row(
                goals,
                [
                    perspective,
                    g.parent.title if g and g.parent else "",
                    f"{g.get_level_display()}: {g.title}" if g else _("Measures without goal"),
                    len(goal["rows"]),
                    status_text(goal["verdict"].status) if g and goal.get("verdict") else "",
                    explain_verdict(goal["verdict"]) if g and goal.get("verdict") else "",
                    *_analysis(goal.get("analysis")),
                ],
            )
            for row in goal["rows"]:
                indicator, outcome = row.indicator, row.outcome
                append_row(
                    sheet,
                    [
                        perspective,
                        g.title if g else "",
                        indicator.name,
                        row.target_text,
                        indicator.report_periods,
                        indicator.measure_unit,
                        _number(outcome.total) if outcome else None,
                        _number(outcome.women) if outcome else None,
                        _number(outcome.men) if outcome else None,
                        status_text(row.judgement.status),
                        explain(row.judgement, indicator.measure_unit),
                        trend_text(row.trend),
                        outcome.comment if outcome else "",
                        _notes(outcome, indicator),
                        *_analysis(row.analysis),
                    ],
                )
                for cell in sheet[sheet.max_row][6:9]:
                    cell.number_format = number_format(indicator)
        for item in entry.series:
            for o in [*item.outcomes, *item.breakdown]:
                append_row(
                    series,
                    [
                        item.indicator.name,
                        o.unit.name,
                        str(o.period),
                        _number(o.total),
                        _number(o.women),
                        _number(o.men),
                        item.indicator.measure_unit,
                        _notes(o, item.indicator),
                    ],
                )
                for cell in series[series.max_row][3:6]:
                    cell.number_format = number_format(item.indicator)
    for column, width in zip(
        "ABCDEFGHIJKLMNOP",
        (14, 30, 50, 22, 14, 10, 10, 10, 10, 16, 50, 12, 60, 50, 18, 80),
        strict=True,
    ):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    series.column_dimensions["A"].width = 60
    series.column_dimensions["B"].width = 26
    series.column_dimensions["H"].width = 50
    goals.column_dimensions["B"].width = 40
    goals.column_dimensions["C"].width = 60
    goals.column_dimensions["E"].width = 18
    goals.column_dimensions["F"].width = 60
    goals.column_dimensions["G"].width = 18
    goals.column_dimensions["H"].width = 80
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
