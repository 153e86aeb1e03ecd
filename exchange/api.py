"""Imports through the API: JSON rows through the same kind of import as an uploaded file."""

from __future__ import annotations

from typing import Annotated, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from audit.api_refusals import refusals
from economy.api.schemas import LedgerImportOut
from exchange import services
from exchange.imports.ledger import ledger_kind
from organisation.region_data import region_of

router = Router()

# As much as one request body holds comfortably; a larger ledger is read as a file on the page.
MAX_ROWS = 20_000
Cell = Annotated[str, Field(max_length=200, pattern=r"^[^\x00]*$")]


class LedgerRowIn(Schema):
    period: Cell = Field(description="YYYYMM, YYYY-MM or a date.")
    cost_centre: Cell = Field(
        description="The cost centre (ansvar) as the financial system writes it."
    )
    account: Cell
    amount: Cell = Field(
        description="As the financial system writes it, debit (a cost) positive: 1234.50 or "
        "1 234,50."
    )
    text: Cell = ""


class LedgerRowsIn(Schema):
    file_name: Annotated[str, Field(min_length=1, max_length=255, pattern=r"^[^\x00]*$")] = "API"
    rows: Annotated[list[LedgerRowIn], Field(min_length=1, max_length=MAX_ROWS)]
    dry_run: bool = Field(
        False, description="Check and preview only; nothing is saved (answers 200)."
    )


class ImportPreviewOut(Schema):
    row_count: int
    notes: list[str]
    headers: list[str]
    rows: list[list[str]]


@router.post(
    "/ledger",
    response={201: LedgerImportOut, 200: ImportPreviewOut, **refusals(403)},
    summary="Read ledger rows: each bad field is named by its row (rows.2.cost_centre); "
    "every row is saved, or none",
)
def import_ledger(request: HttpRequest, payload: LedgerRowsIn) -> Any:
    region = region_of(request.user)
    if region is None or not ledger_kind.may_import(request.user, region):
        raise PermissionDenied
    rows = [row.dict() for row in payload.rows]
    source, context, checked = services.check_rows(
        request.user, region, ledger_kind, payload.file_name, rows
    )
    if checked.problems:
        keys = {str(f.label): f.key for f in ledger_kind.fields}
        errors: dict[str, list[str]] = {}
        for problem in checked.problems:
            errors.setdefault(f"rows.{problem.row}.{keys[problem.field]}", []).append(
                problem.message
            )
        raise ValidationError(errors)
    refusal = ledger_kind.refusal(context, source)
    if refusal:
        raise ValidationError({"rows": refusal})
    if payload.dry_run:
        preview = ledger_kind.preview(context, checked.parsed, source)
        return Status(
            200,
            {
                "row_count": checked.row_count,
                "notes": preview.notes,
                "headers": preview.headers,
                "rows": preview.rows,
            },
        )
    with transaction.atomic():
        saved = ledger_kind.save(request.user, context, checked.parsed, source)
    return Status(201, saved)
