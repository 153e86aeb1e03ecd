"""The shapes of programmes, measures, calculations, realised effects and the consolidated
figures in the API, bounded by their model fields. Amounts are kronor."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from ninja import Field, Schema

from audit.api_types import Count, Id, Version, Year, choice_of, decimal_of, text_of, unchanged
from economy.models import (
    Calculation,
    CalculationInput,
    Measure,
    MeasureStatus,
    Programme,
    RealisedEffect,
)

StatusValue = Annotated[str, choice_of(MeasureStatus, blank=True)]
Month = Annotated[int, Field(ge=1, le=12)]
InputValue = Annotated[Decimal, decimal_of(CalculationInput, "value")]
Amount = Annotated[Decimal, decimal_of(RealisedEffect, "amount")]
InputKey = Annotated[str, text_of(CalculationInput, "key", required=True)]


class ProgrammeOut(Schema):
    id: int
    unit_id: int
    name: str
    description: str
    order: int
    version: int


class ProgrammeIn(Schema):
    unit_id: Id
    name: Annotated[str, text_of(Programme, "name", required=True)]
    description: Annotated[str, text_of(Programme, "description")] = ""
    order: Count = 0


class ProgrammePatch(Schema):
    version: Version
    name: Annotated[str, text_of(Programme, "name", required=True)] = unchanged()
    description: Annotated[str, text_of(Programme, "description")] = unchanged()
    order: Count = unchanged()


class MeasureOut(Schema):
    id: int
    unit_id: int
    programme_id: int | None
    number: int
    title: str
    description: str
    owner_id: int | None
    owner_title: str
    decided_by: str
    decided_on: datetime.date | None
    decision_reference: str
    status: StatusValue
    first_year: int
    last_year: int
    risk_ids: list[int]
    assignment_ids: list[int]
    indicator_ids: list[int]
    action_ids: list[int]
    version: int


class MeasureIn(Schema):
    unit_id: Id
    programme_id: Id | None = None
    number: Annotated[int, Field(ge=1, le=99_999)] | None = None
    title: Annotated[str, text_of(Measure, "title", required=True)]
    description: Annotated[str, text_of(Measure, "description")] = ""
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(Measure, "owner_title")] = ""
    decided_by: Annotated[str, text_of(Measure, "decided_by")] = ""
    decided_on: datetime.date | None = None
    decision_reference: Annotated[str, text_of(Measure, "decision_reference")] = ""
    status: StatusValue = ""
    first_year: Year
    last_year: Year


class MeasurePatch(Schema):
    version: Version
    programme_id: Id | None = None
    number: Annotated[int, Field(ge=1, le=99_999)] = unchanged()
    title: Annotated[str, text_of(Measure, "title", required=True)] = unchanged()
    description: Annotated[str, text_of(Measure, "description")] = unchanged()
    owner_id: Id | None = None
    owner_title: Annotated[str, text_of(Measure, "owner_title")] = unchanged()
    decided_by: Annotated[str, text_of(Measure, "decided_by")] = unchanged()
    decided_on: datetime.date | None = None
    decision_reference: Annotated[str, text_of(Measure, "decision_reference")] = unchanged()
    status: StatusValue = unchanged()
    first_year: Year = unchanged()
    last_year: Year = unchanged()


class MeasureLinksIn(Schema):
    version: Version
    risk_ids: list[Id] = Field(default_factory=list, max_length=1000)
    assignment_ids: list[Id] = Field(default_factory=list, max_length=1000)
    indicator_ids: list[Id] = Field(default_factory=list, max_length=1000)
    action_ids: list[Id] = Field(default_factory=list, max_length=1000)


class CalculationInputSchema(Schema):
    key: InputKey
    label: Annotated[str, text_of(CalculationInput, "label")] = ""
    value: InputValue
    unit: Annotated[str, text_of(CalculationInput, "unit")] = ""
    kronor_per_unit: Annotated[Decimal, decimal_of(CalculationInput, "kronor_per_unit")] = Decimal(
        1
    )


class CalculationOut(Schema):
    id: int
    measure_id: int
    year: int
    cost_type_id: int
    formula: str
    explanation: str
    from_month: int
    is_example: bool
    inputs: list[CalculationInputSchema]
    value: Decimal | None = Field(description="The year's planned effect in kronor.")
    shown: str = Field(description="The calculation written out, as the pages show it.")
    version: int


class CalculationIn(Schema):
    year: Year
    cost_type_id: Id
    formula: Annotated[str, text_of(Calculation, "formula", required=True)]
    explanation: Annotated[str, text_of(Calculation, "explanation")] = ""
    from_month: Month = 1
    inputs: list[CalculationInputSchema] = Field(default_factory=list, max_length=50)


class CalculationPut(CalculationIn):
    version: Version


class EffectOut(Schema):
    id: int
    measure_id: int
    calculation_id: int | None
    year: int
    month: int
    amount: Decimal | None
    actual_inputs: dict[str, Decimal]
    comment: str
    indicator_outcome_id: int | None
    cost_type_id: int | None
    reported_by_id: int | None
    is_example: bool
    value: Decimal | None = Field(description="The month's realised effect in kronor.")
    version: int


class EffectIn(Schema):
    year: Year
    month: Month
    calculation_id: Id | None = None
    amount: Amount | None = None
    actual_inputs: dict[InputKey, InputValue] = Field(default_factory=dict, max_length=50)
    comment: Annotated[str, text_of(RealisedEffect, "comment")] = ""
    indicator_outcome_id: Id | None = None
    cost_type_id: Id | None = None


class EffectPatch(Schema):
    version: Version
    year: Year = unchanged()
    month: Month = unchanged()
    calculation_id: Id | None = None
    amount: Amount | None = None
    actual_inputs: dict[InputKey, InputValue] | None = Field(default=None, max_length=50)
    comment: Annotated[str, text_of(RealisedEffect, "comment")] = unchanged()
    indicator_outcome_id: Id | None = None
    cost_type_id: Id | None = None


class GapOut(Schema):
    has_detailed: bool
    frame: Decimal
    detailed: Decimal
    total: Decimal | None = Field(description="Detailed budget minus frame; null without one.")
    to_cover: Decimal | None = Field(description="What the measures must save.")


class StatementOut(Schema):
    code: str
    text: str


class MonthOut(Schema):
    month: int
    planned: Decimal
    realised: Decimal | None
    cumulative_planned: Decimal
    cumulative_realised: Decimal | None


class YearOut(Schema):
    year: int
    planned: Decimal
    realised: Decimal
    to_cover: Decimal | None


class ProgrammeFiguresOut(Schema):
    programme_id: int | None
    name: str
    measures: int
    planned: Decimal
    realised_to_date: Decimal


class MeasureFiguresOut(Schema):
    measure_id: int
    number: int
    title: str
    planned: Decimal
    realised_to_date: Decimal
    calculations: list[str]


class BalanceWarningOut(Schema):
    code: str
    message: str
    url: str


class BalanceOut(Schema):
    unit_id: int
    year: int
    programme_id: int | None
    through_month: int
    gap: GapOut
    planned: Decimal
    planned_to_date: Decimal
    realised_to_date: Decimal
    statements: list[StatementOut]
    months: list[MonthOut]
    years: list[YearOut]
    programmes: list[ProgrammeFiguresOut]
    measures: list[MeasureFiguresOut]
    warnings: list[BalanceWarningOut]
    has_examples: bool
