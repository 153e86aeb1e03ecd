"""The auditor's export: the history of a unit for a date range as a spreadsheet."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from audit.export import history_workbook, unit_history
from audit.forms import HistoryExportForm
from organisation.access import history_export_paths, path_filter
from organisation.models import Unit

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def history_export(request: HttpRequest) -> HttpResponse:
    paths = history_export_paths(request.user)
    if not paths:
        raise PermissionDenied
    units = Unit.objects.filter(path_filter(paths, "path")).order_by("path")
    form = HistoryExportForm(request.GET or None, units=units)
    if request.GET and form.is_valid():
        unit = form.cleaned_data["unit"]
        start, end = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
        rows = unit_history(unit, start, end)
        title = _("History of %(unit)s %(start)s – %(end)s") % {
            "unit": unit.name,
            "start": start.isoformat(),
            "end": end.isoformat(),
        }
        response = HttpResponse(history_workbook(unit, rows, title), content_type=XLSX)
        filename = (
            f"historik-{unit.short_name or unit.pk}-{start.isoformat()}-{end.isoformat()}.xlsx"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(request, "audit/history_export.html", {"form": form})
