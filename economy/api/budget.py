"""Budget frames, their budget by unit and cost type and their changes; outcomes, forecasts
and ledger imports."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Status

from audit.api_refusals import refusals
from audit.api_types import Id, Year
from economy.access import (
    budget_amount_policy,
    economy_policy,
    financial_outcome_policy,
    forecast_policy,
    frame_change_policy,
    ledger_import_policy,
)
from economy.api import router
from economy.api.codes import _cost_type, _unit
from economy.api.schemas import (
    BudgetAmountOut,
    BudgetFrameOut,
    BudgetRowIn,
    FinancialOutcomeOut,
    ForecastIn,
    ForecastOut,
    FrameChangeIn,
    FrameChangeOut,
    FrameChangePatch,
    LedgerImportOut,
    frame_out,
)
from economy.budget_page import frame_total
from economy.models import (
    BudgetAmount,
    BudgetFrame,
    FinancialOutcome,
    Forecast,
    FrameChange,
    LedgerImport,
)
from economy.services import budget as budget_services
from economy.services import forecasts as forecast_services
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


def _frame(request: HttpRequest, frame_id: int, need: str = "view") -> BudgetFrame:
    return get_visible_or_404(
        request.user,
        economy_policy,
        BudgetFrame.objects.select_related("unit"),
        frame_id,
        need=need,
    )


@router.get("/frames", response=list[BudgetFrameOut])
def list_frames(request: HttpRequest, year: Year | None = None) -> Any:
    frames = economy_policy.scope(request.user, BudgetFrame.objects.all()).order_by("-year", "pk")
    if year:
        frames = frames.filter(year=year)
    return [
        frame_out(f, frame_total(f, list(f.frame_changes.all())).computed)
        for f in frames.prefetch_related("frame_changes")
    ]


@router.get("/frames/{frame_id}/amounts", response=list[BudgetAmountOut])
def list_amounts(request: HttpRequest, frame_id: Id) -> Any:
    frame = _frame(request, frame_id)
    amounts = budget_amount_policy.scope(request.user, BudgetAmount.objects.filter(frame=frame))
    return list(amounts.order_by("unit_id", "cost_type__order", "kind"))


@router.put(
    "/frames/{frame_id}/amounts",
    response={200: list[BudgetAmountOut], **refusals(403)},
    summary="Set a unit's row of the frame or the detailed budget: every cell, or none",
)
def set_amounts(request: HttpRequest, frame_id: Id, payload: BudgetRowIn) -> Any:
    frame = _frame(request, frame_id, need="change")
    unit = _unit(request, payload.unit_id)
    amounts, versions = {}, {}
    for number, cell in enumerate(payload.cells, start=1):
        cost_type = _cost_type(request, cell.cost_type_id, f"cells.{number}.cost_type_id")
        if cost_type in amounts:
            raise ValidationError(
                {f"cells.{number}.cost_type_id": _("The cost type is given twice.")}
            )
        amounts[cost_type] = cell.amount
        if cell.version is not None:
            versions[cost_type.pk] = cell.version
    budget_services.set_budget_amounts(request.user, frame, unit, payload.kind, amounts, versions)
    return list(
        BudgetAmount.objects.filter(frame=frame, unit=unit, kind=payload.kind).order_by(
            "cost_type__order"
        )
    )


@router.get("/frames/{frame_id}/changes", response=list[FrameChangeOut])
def list_changes(request: HttpRequest, frame_id: Id) -> Any:
    return list(_frame(request, frame_id).frame_changes.all())


@router.post("/frames/{frame_id}/changes", response={201: FrameChangeOut, **refusals(403)})
def create_change(
    request: HttpRequest, frame_id: Id, payload: FrameChangeIn
) -> Status[FrameChange]:
    frame = _frame(request, frame_id, need="change")
    return Status(201, budget_services.create_frame_change(request.user, frame, **payload.dict()))


def _change(request: HttpRequest, change_id: int) -> FrameChange:
    return get_visible_or_404(
        request.user,
        frame_change_policy,
        FrameChange.objects.select_related("frame__unit"),
        change_id,
        need="change",
    )


@router.patch("/frame-changes/{change_id}", response={200: FrameChangeOut, **refusals(403, 409)})
def update_change(request: HttpRequest, change_id: Id, payload: FrameChangePatch) -> FrameChange:
    change = _change(request, change_id)
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return budget_services.update_frame_change(request.user, change, payload.version, **values)


@router.delete("/frame-changes/{change_id}", response={204: None, **refusals(403)})
def delete_change(request: HttpRequest, change_id: Id) -> Status[None]:
    budget_services.delete_frame_change(request.user, _change(request, change_id))
    return Status(204, None)


@router.get(
    "/outcomes",
    response={200: list[FinancialOutcomeOut], **refusals(404)},
    summary="Booked outcomes (kronor, budget's sign) of a unit and the units under it",
)
def list_outcomes(request: HttpRequest, unit_id: Id, year: Year) -> Any:
    unit = _unit_or_404(request, unit_id)
    outcomes = financial_outcome_policy.scope(
        request.user,
        FinancialOutcome.objects.filter(unit__path__startswith=unit.path, year=year),
    )
    return list(outcomes.order_by("month", "unit_id", "cost_type__order"))


def _unit_or_404(request: HttpRequest, unit_id: int) -> Unit:
    return get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)


@router.get("/forecasts", response={200: list[ForecastOut], **refusals(404)})
def list_forecasts(request: HttpRequest, unit_id: Id, year: Year) -> Any:
    unit = _unit_or_404(request, unit_id)
    forecasts = forecast_policy.scope(
        request.user, Forecast.objects.filter(unit__path__startswith=unit.path, year=year)
    )
    return list(forecasts.order_by("made_in_month", "unit_id", "cost_type__order"))


@router.post(
    "/forecasts",
    response={200: ForecastOut, **refusals(403, 409)},
    summary="The controller's full-year forecast made in a month: new, or that month's changed",
)
def save_forecast(request: HttpRequest, payload: ForecastIn) -> Forecast:
    unit = _unit(request, payload.unit_id)
    cost_type = _cost_type(request, payload.cost_type_id)
    return forecast_services.save_forecast(
        request.user,
        unit,
        cost_type,
        year=payload.year,
        made_in_month=payload.made_in_month,
        amount=payload.amount,
        comment=payload.comment,
        expected_version=payload.version,
    )


@router.get("/ledger-imports", response=list[LedgerImportOut])
def list_ledger_imports(request: HttpRequest) -> Any:
    imports = ledger_import_policy.scope(request.user, LedgerImport.objects.all())
    return list(imports.order_by("-created_at"))


@router.get("/ledger-imports/{import_id}", response=LedgerImportOut)
def get_ledger_import(request: HttpRequest, import_id: Id) -> LedgerImport:
    return get_visible_or_404(
        request.user, ledger_import_policy, LedgerImport.objects.all(), import_id
    )
