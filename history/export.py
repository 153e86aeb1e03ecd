"""The history of a unit and everything under it, for a date range, as a spreadsheet."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from audit.history_rows import HistoryRow, history_rows
from audit.registry import all_tracked_types
from audit.spreadsheet import append_row
from organisation.models import Unit


def _columns() -> list[str]:
    return [
        _("Time"),
        _("Person"),
        _("Type of object"),
        _("Object id"),
        _("Object"),
        _("Change"),
        _("Field"),
        _("Before"),
        _("After"),
        _("Reason"),
    ]


def unit_history(unit: Unit, date_from: datetime.date, date_to: datetime.date) -> list[HistoryRow]:
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(date_from, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    unit_ids = list(Unit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True))
    rows: list[HistoryRow] = []
    for entry in all_tracked_types():
        rows.extend(history_rows(entry, unit_ids, start, end))
    rows.sort(key=lambda row: (row.when, row.object_type, str(row.object_id)))
    return rows


def history_workbook(unit: Unit, rows: Iterable[HistoryRow], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _("History")[:31]
    append_row(sheet, [title])
    append_row(sheet, _columns())
    zone = timezone.get_current_timezone()
    for row in rows:
        append_row(
            sheet,
            [
                row.when.astimezone(zone).replace(tzinfo=None),
                row.who,
                row.object_type,
                str(row.object_id),
                row.object_label,
                row.change,
                row.field,
                row.before,
                row.after,
                row.reason,
            ],
        )
    widths = [20, 24, 20, 10, 36, 12, 24, 36, 36, 24]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet["A"][2:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(widths))}{sheet.max_row}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
