"""What the economy's API reads and writes. Amounts of a frame are in its unit (mkr or tkr);
outcomes and forecasts in kronor; all in the budget's sign (incomes positive, costs
negative)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from ninja import Field, Schema

from audit.api_types import Count, Id, Version, Year, choice_of, decimal_of, text_of, unchanged
from economy.models import (
    AccountMapping,
    BudgetAmount,
    BudgetFrame,
    BudgetKind,
    CostCentreMapping,
    CostType,
    CostTypeKind,
    Forecast,
    FrameChange,
)

Month = Annotated[int, Field(ge=1, le=12)]


class CostTypeOut(Schema):
    id: int
    region_id: int
    code: str
    name: str
    kind: Annotated[str, choice_of(CostTypeKind)]
    order: int
    version: int


class CostTypeIn(Schema):
    code: Annotated[str, text_of(CostType, "code", required=True)]
    name: Annotated[str, text_of(CostType, "name", required=True)]
    kind: Annotated[str, choice_of(CostTypeKind)]
    order: Count | None = None


class CostTypePatch(Schema):
    version: Version
    code: Annotated[str, text_of(CostType, "code", required=True)] = unchanged()
    name: Annotated[str, text_of(CostType, "name", required=True)] = unchanged()
    kind: Annotated[str, choice_of(CostTypeKind)] = unchanged()
    order: Count = unchanged()


class CostCentreMappingOut(Schema):
    id: int
    cost_centre: str
    unit_id: int
    is_example: bool
    version: int


class CostCentreMappingIn(Schema):
    cost_centre: Annotated[str, text_of(CostCentreMapping, "cost_centre", required=True)]
    unit_id: Id


class CostCentreMappingPatch(CostCentreMappingIn):
    version: Version


class AccountMappingOut(Schema):
    id: int
    first_account: str
    last_account: str
    cost_type_id: int
    is_example: bool
    version: int


class AccountMappingIn(Schema):
    first_account: Annotated[str, text_of(AccountMapping, "first_account", required=True)]
    last_account: Annotated[str, text_of(AccountMapping, "last_account", required=True)]
    cost_type_id: Id


class AccountMappingPatch(AccountMappingIn):
    version: Version


class BudgetFrameOut(Schema):
    id: int
    unit_id: int
    year: int
    amount_unit: str
    total_label: str
    total_previous_year: Decimal | None
    total: Decimal
    computed_total: Decimal | None = Field(
        description="The previous year's total minus the changes; null when it cannot be followed."
    )
    is_example: bool
    version: int


class BudgetAmountOut(Schema):
    id: int
    unit_id: int
    cost_type_id: int
    kind: Annotated[str, choice_of(BudgetKind)]
    amount: Decimal
    is_example: bool
    version: int


class BudgetCellIn(Schema):
    cost_type_id: Id
    amount: Annotated[Decimal, decimal_of(BudgetAmount, "amount")] | None = Field(
        None, description="In the frame's unit; null removes the cell."
    )
    version: Count | None = Field(
        None,
        description="The version of the cell the client read (0: it read none); a cell "
        "changed since refuses the whole row (422).",
    )


class BudgetRowIn(Schema):
    unit_id: Id
    kind: Annotated[str, choice_of(BudgetKind)]
    cells: list[BudgetCellIn]


class FrameChangeOut(Schema):
    id: int
    frame_id: int
    reason: str
    amount: Decimal | None
    decision_reference: str
    printed: str
    order: int
    version: int


class FrameChangeIn(Schema):
    reason: Annotated[str, text_of(FrameChange, "reason", required=True)]
    amount: Annotated[Decimal, decimal_of(FrameChange, "amount")] | None = Field(
        None,
        description="As the decision states it: positive when it gives more to spend.",
    )
    decision_reference: Annotated[str, text_of(FrameChange, "decision_reference")] = ""
    printed: Annotated[str, text_of(FrameChange, "printed")] = ""


class FrameChangePatch(Schema):
    version: Version
    reason: Annotated[str, text_of(FrameChange, "reason", required=True)] = unchanged()
    amount: Annotated[Decimal, decimal_of(FrameChange, "amount")] | None = None
    decision_reference: Annotated[str, text_of(FrameChange, "decision_reference")] = unchanged()
    printed: Annotated[str, text_of(FrameChange, "printed")] = unchanged()


class FinancialOutcomeOut(Schema):
    id: int
    unit_id: int
    cost_type_id: int
    year: int
    month: int
    amount: Decimal
    source_id: int
    is_example: bool


class ForecastOut(Schema):
    id: int
    unit_id: int
    cost_type_id: int
    year: int
    made_in_month: int
    amount: Decimal
    comment: str
    made_by_id: int | None
    is_example: bool
    version: int


class ForecastIn(Schema):
    unit_id: Id
    cost_type_id: Id
    year: Year
    made_in_month: Month
    amount: Annotated[Decimal, decimal_of(Forecast, "amount")]
    comment: Annotated[str, text_of(Forecast, "comment")] = ""
    version: Count | None = Field(
        None,
        description="The version of the month's forecast the client read (0: it read none); "
        "a newer one refuses the change (409).",
    )


class LedgerImportOut(Schema):
    id: int
    region_id: int
    file_name: str
    checksum: str
    row_count: int
    imported_by_id: int | None
    created_at: datetime.datetime
    is_example: bool


def frame_out(frame: BudgetFrame, computed: Decimal | None) -> dict[str, object]:
    return {
        "id": frame.pk,
        "unit_id": frame.unit_id,
        "year": frame.year,
        "amount_unit": frame.amount_unit,
        "total_label": frame.total_label,
        "total_previous_year": frame.total_previous_year,
        "total": frame.total,
        "computed_total": computed,
        "is_example": frame.is_example,
        "version": frame.version,
    }
