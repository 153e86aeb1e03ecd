"""The controller's worklist for an open period, and the grid where outcomes are entered."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.params import int_param
from followup.access import outcome_policy, period_policy, reports_in
from followup.models import Outcome, Period, PeriodStatus
from followup.numbers import format_number
from followup.services.outcomes import OutcomeRow, OutcomeRowsError, record_outcomes
from followup.views.periods import period_not_open
from followup.worklist import is_due
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.models import Indicator


def _choices(request: HttpRequest) -> tuple[list[Period], list[Unit]]:
    periods = list(
        period_policy.scope(request.user, Period.objects.filter(status=PeriodStatus.OPEN)).order_by(
            "-ends_on"
        )
    )
    units = [
        u
        for u in unit_policy.scope(request.user, Unit.objects.open()).order_by("path")
        if outcome_policy.can_create_in(request.user, u)
    ]
    return periods, units


def _due_rows(period: Period, unit: Unit) -> list[dict[str, Any]]:
    indicators = [
        i
        for i in Indicator.objects.filter(unit=unit)
        .select_related("goal")
        .order_by("order", "code")
        if is_due(i.frequency, i.report_periods, period.kind, period.name)
    ]
    outcomes = {
        o.indicator_id: o
        for o in Outcome.objects.filter(period=period, unit=unit, indicator__in=indicators)
    }
    return [{"indicator": i, "outcome": outcomes.get(i.pk)} for i in indicators]


def _reads_files(request: HttpRequest) -> bool:
    region = getattr(request.user, "region", None)
    return region is not None and reports_in(request.user, region)


@login_required
def worklist(request: HttpRequest) -> HttpResponse:
    periods, units = _choices(request)
    period = next((p for p in periods if str(p.pk) == request.GET.get("period")), None) or (
        periods[0] if periods else None
    )
    unit = next((u for u in units if str(u.pk) == request.GET.get("enhet")), None) or (
        units[0] if units else None
    )
    rows = _due_rows(period, unit) if period and unit else []
    missing = sum(1 for r in rows if r["outcome"] is None)
    return render(
        request,
        "followup/worklist.html",
        {
            "periods": periods,
            "units": units,
            "period": period,
            "unit": unit,
            "rows": rows,
            "missing": missing,
            "reads_files": bool(periods) and _reads_files(request),
        },
    )


def _cell(outcome: Outcome | None, field: str) -> str:
    if outcome is None:
        return ""
    value = getattr(outcome, field)
    return format_number(value) if value is not None else ""


@login_required
def outcome_grid(request: HttpRequest, period_pk: int, unit_pk: int) -> HttpResponse:
    """Enter many outcomes at once; a pasted column fills the cells below it."""
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_pk)
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not outcome_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    if period.status != PeriodStatus.OPEN:
        return period_not_open(request, period, unit)
    rows = _due_rows(period, unit)
    errors: dict[tuple[int, str], str] = {}
    submitted: dict[int, dict[str, str]] = {}
    if request.method == "POST":
        input_rows = []
        for row in rows:
            indicator = row["indicator"]
            values = {
                f: request.POST.get(f"{f}-{indicator.pk}", "")
                for f in ("total", "women", "men", "comment")
            }
            submitted[indicator.pk] = values
            input_rows.append(
                OutcomeRow(
                    indicator=indicator,
                    version=int_param(request.POST.get(f"version-{indicator.pk}"), low=0),
                    **values,
                )
            )
        try:
            saved = record_outcomes(request.user, period, unit, input_rows)
        except OutcomeRowsError as problem:
            for error in problem.problems:
                errors[(error.row, error.field)] = error.message
            # The versions now stored, so that saving again is a deliberate choice.
            rows = _due_rows(period, unit)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("%(count)s outcomes were saved.") % {"count": len(saved)})
            return redirect(f"{request.path}")
    grid = []
    for number, row in enumerate(rows, start=1):
        indicator, outcome = row["indicator"], row["outcome"]
        values = submitted.get(indicator.pk) or {
            "total": _cell(outcome, "total"),
            "women": _cell(outcome, "women"),
            "men": _cell(outcome, "men"),
            "comment": outcome.comment if outcome else "",
        }
        grid.append(
            {
                "number": number,
                "indicator": indicator,
                "values": values,
                "version": outcome.version if outcome else 0,
                "errors": {
                    f: errors.get((number, f))
                    for f in ("total", "women", "men", "comment", "version")
                },
            }
        )
    return render(
        request,
        "followup/outcome_grid.html",
        {
            "period": period,
            "unit": unit,
            "grid": grid,
            "error_count": len(errors),
            "error_list": [
                (number, field, message) for (number, field), message in sorted(errors.items())
            ],
        },
    )
