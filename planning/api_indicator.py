"""An indicator as the API gives it: read by the planning and the follow-up operations."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from ninja import Schema

from audit.api_types import choice_of
from planning.models import Direction, Frequency


class IndicatorOut(Schema):
    id: int
    unit_id: int
    goal_id: int | None
    code: str
    name: str
    measure_unit: str
    direction: Annotated[str, choice_of(Direction)]
    frequency: Annotated[str, choice_of(Frequency, blank=True)]
    report_periods: str
    sex_split: bool
    is_count: bool
    target_text: str
    target_rule: dict[str, Any]
    part_of_id: int | None
    partly_band: Decimal | None  # per cent; null: the organisation's band decides
    target_year: int | None  # the year by which the target is to be reached
    weight: Decimal | None  # null: none given; counts as 1 where a goal is judged by weighting
    version: int
