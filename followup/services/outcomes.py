"""Recording outcomes, one at a time or a pasted column of many: all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from followup.access import outcome_policy
from followup.models import Outcome, Period, PeriodStatus
from followup.numbers import NumberError, parse_number, sex_split_problem
from organisation.models import Unit
from planning.access import indicator_policy
from planning.models import Indicator


@dataclass
class OutcomeRow:
    """One row of input as typed or pasted: texts, not yet numbers."""

    indicator: Indicator
    total: str = ""
    women: str = ""
    men: str = ""
    comment: str = ""
    source: str = ""


@dataclass
class RowError:
    row: int
    indicator: str
    field: str
    message: str


def _number(row: OutcomeRow, field: str, errors: dict[str, str]) -> Decimal | None:
    try:
        value = parse_number(getattr(row, field))
    except NumberError:
        errors[field] = _("“%(text)s” is not a number.") % {"text": getattr(row, field)}
        return None
    if value is not None and value < 0 and row.indicator.is_count:
        errors[field] = _("A count cannot be negative.")
    return value


def validate_row(
    row: OutcomeRow, *, as_stated: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """Numbers of a row and, per field, what is wrong with it (in Swedish, for the person).

    `as_stated`: the figures are a source document's, kept even where women and men do not
    add up to the total; `followup.contradictions` flags them wherever they are shown.
    """
    errors: dict[str, str] = {}
    values = {f: _number(row, f, errors) for f in ("total", "women", "men")}
    if not errors and sex_split_problem(
        values["total"],
        values["women"],
        values["men"],
        is_count=row.indicator.is_count and not as_stated,  # a source's sum is kept as stated
    ):
        errors["total"] = _("Women and men add up to %(sum)s, not to the total %(total)s.") % {
            "sum": values["women"] + values["men"],  # type: ignore[operator]
            "total": values["total"],
        }
    if (
        not errors
        and values["total"] is None
        and (values["women"] is None) != (values["men"] is None)
    ):
        errors["women" if values["women"] is None else "men"] = _(
            "Give the outcome for both women and men, or for neither."
        )
    return values | {"comment": row.comment, "source": row.source}, errors


def may_report(actor: Any, indicator: Indicator, unit: Unit) -> bool:
    """Controllers of the unit report every indicator; an owner reports their own."""
    if not indicator_policy.can_view(actor, indicator) or not unit.is_within(indicator.unit):
        return False
    if outcome_policy.can_create_in(actor, unit):
        return True
    return indicator.owner_id == actor.pk and indicator_policy.can_change(actor, indicator)


def _check_period(period: Period) -> None:
    if period.status != PeriodStatus.OPEN:
        raise ValidationError(
            {"period": _("The period %(period)s is not open for reporting.") % {"period": period}}
        )


@transaction.atomic
def record_outcomes(
    actor: Any, period: Period, unit: Unit, rows: list[OutcomeRow]
) -> list[Outcome]:
    """Save every row or none: the first problem of each row is reported with its row number."""
    _check_period(period)
    problems: list[RowError] = []
    cleaned = []
    for number, row in enumerate(rows, start=1):
        if not indicator_policy.can_change(actor, row.indicator) and not (
            indicator_policy.can_view(actor, row.indicator)
            and outcome_policy.can_create_in(actor, unit)
        ):
            raise PermissionDenied
        values, errors = validate_row(row)
        problems += [RowError(number, str(row.indicator), f, m) for f, m in errors.items()]
        cleaned.append((row.indicator, values))
    if problems:
        raise OutcomeRowsError(problems)
    existing = {
        o.indicator_id: o
        for o in Outcome.objects.filter(
            period=period, unit=unit, indicator__in=[i for i, _v in cleaned]
        )
    }
    saved = []
    for indicator, values in cleaned:
        if all(values[f] is None for f in ("total", "women", "men")) and not values["comment"]:
            continue
        current = existing.get(indicator.pk)
        if current is None:
            outcome = attributed(
                Outcome(indicator=indicator, period=period, unit=unit, reported_by=actor, **values),
                actor,
            )
            outcome.save()
            saved.append(outcome)
        elif any(getattr(current, k) != v for k, v in values.items()):
            save_versioned(current, None, values | {"reported_by": actor}, actor=actor)
            saved.append(current)
    return saved


class OutcomeRowsError(Exception):
    def __init__(self, problems: list[RowError]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def judge_manually(
    actor: Any, outcome: Outcome, fulfilment: str, reason: str, expected_version: int | None
) -> Outcome:
    """A person's judgement where the rule cannot decide; the reason is required."""
    if not outcome_policy.can_change(actor, outcome):
        raise PermissionDenied
    if fulfilment and not reason.strip():
        raise ValidationError({"manual_reason": _("Give the reason for the judgement.")})
    return save_versioned(  # type: ignore[return-value]
        outcome,
        expected_version,
        {"manual_fulfilment": fulfilment, "manual_reason": reason},
        actor=actor,
    )
