"""A kind's empty workbook: its columns as the header, and a sheet that explains each one."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from exchange.imports.kinds import ImportKind


def template_workbook(kind: ImportKind) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _("Rows")[:31]
    bold = Font(bold=True)
    for column, field in enumerate(kind.fields, start=1):
        cell = sheet.cell(row=1, column=column, value=str(field.label))
        cell.font = bold
        sheet.column_dimensions[cell.column_letter].width = max(14, len(str(field.label)) + 4)
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet(_("Instructions")[:31])
    for column, header in enumerate((_("Column"), _("Required"), _("What it holds")), start=1):
        guide.cell(row=1, column=column, value=header).font = bold
    for row, field in enumerate(kind.fields, start=2):
        guide.cell(row=row, column=1, value=str(field.label))
        guide.cell(row=row, column=2, value=_("yes") if field.required else _("no"))
        guide.cell(row=row, column=3, value=str(field.help)).alignment = Alignment(wrap_text=True)
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 10
    guide.column_dimensions["C"].width = 80
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
