"""The internal control plan as a spreadsheet: one row per risk, from the plan document.

Works on the plan as of today and on the snapshot of the plan as adopted alike, both as
`internal_control.plan_document.readable` gives them.
"""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from audit.spreadsheet import append_row
from reports.control_rows import control_headers, control_row, ended_text


def _assignment_texts(document: dict[str, Any]) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {}
    for group in document["groups"]:
        for assignment in group["assignments"]:
            for number in assignment["risks"]:
                texts.setdefault(number, []).append(assignment["text"])
        for number in group["risks"]:
            if group["goal"]:
                texts.setdefault(number, []).append(group["goal"])
    return texts


def control_plan_workbook(document: dict[str, Any], version_label: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _("Risks")[:31]
    plan = document["plan"]
    append_row(sheet, [f"{plan['title']} ({version_label})"])
    sheet["A1"].font = Font(bold=True, size=14)
    headers = [
        _("No."),
        _("Risk"),
        _("Consequence"),
        _("Cause"),
        _("What the risk threatens"),
        plan["category_heading"],
        _("Priority"),
        document["matrix"]["probability_name"],
        document["matrix"]["severity_name"],
        _("Score"),
        _("Class"),
        _("Prescribed response"),
        _("Treatment"),
        _("Owner"),
        _("Unit of the risk"),
        _("Actions"),
        _("Stated score"),
        _("Ended"),
    ]
    append_row(sheet, headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    threatens = _assignment_texts(document)
    actions = {a["number"]: a for a in document["actions"]}
    for risk in document["risks"]:
        assessment = risk["assessment"] or {}
        append_row(
            sheet,
            [
                risk["number"],
                risk["title"],
                risk["consequence"],
                risk["cause"],
                "\n".join(threatens.get(risk["number"], [])),
                risk["requirement_type"],
                risk["priority"],
                assessment.get("probability"),
                assessment.get("severity"),
                assessment.get("score"),
                assessment.get("class"),
                assessment.get("response"),
                risk["treatment"],
                risk["owner"],
                risk.get("unit", ""),
                "\n".join(f"Å{n} {actions[n]['title']}" for n in risk["actions"] if n in actions),
                risk["stated_score"],
                ended_text(risk),
            ],
        )
    widths = [6, 40, 40, 30, 40, 8, 8, 10, 10, 8, 8, 24, 12, 24, 24, 50, 10, 30]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{sheet.max_row}"

    action_sheet = workbook.create_sheet(_("Actions")[:31])
    append_row(
        action_sheet,
        [_("No."), _("Action"), _("Owner"), _("Deadline"), _("Status"), _("Risks"), _("Comment")],
    )
    for cell in action_sheet[1]:
        cell.font = Font(bold=True)
    for action in document["actions"]:
        append_row(
            action_sheet,
            [
                action["number"],
                action["title"],
                action["owner"],
                action["deadline"],
                action["status_label"],
                ", ".join(str(n) for n in action["risks"]),
                action["comment"],
            ],
        )
    _controls_sheet(workbook, document)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _controls_sheet(workbook: Any, document: dict[str, Any]) -> None:
    """Every control activity of the plan, with or without a risk, one row each."""
    sheet = workbook.create_sheet(_("Controls")[:31])
    headers = control_headers()
    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for control in document["controls"]:
        append_row(sheet, control_row(control))
