"""Recording outcomes, one at a time or a pasted column of many: all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from audit.concurrency import save_versioned
from audit.validation import field_problems
from followup.access import outcome_policy
from followup.models import Outcome, Period, PeriodStatus
from followup.numbers import (
    NumberError,
    UnitError,
    format_number,
    parse_quantity,
    sex_split_problem,
)
from organisation.access import grants_of
from organisation.models import Role, Unit
from planning.access import indicator_policy
from planning.models import Indicator


@dataclass
class OutcomeRow:
    """One row of input as typed or pasted: texts, not yet numbers.

    `version` is the version of the outcome the person saw: 0 when they saw none, None
    when they did not say (then an outcome saved meanwhile is not overwritten).
    """

    indicator: Indicator
    total: str = ""
    women: str = ""
    men: str = ""
    comment: str = ""
    source: str = ""
    version: int | None = None


@dataclass
class RowError:
    row: int
    indicator: str
    field: str
    message: str


VALUE_FIELDS = ("total", "women", "men")


def _number(row: OutcomeRow, field: str, errors: dict[str, str]) -> Decimal | None:
    text = getattr(row, field)
    unit = row.indicator.measure_unit
    try:
        value = parse_quantity(text, unit)
    except UnitError as error:
        errors[field] = (
            _("“%(text)s” is written in %(written)s; the measure is counted in %(unit)s.")
            if unit
            else _("“%(text)s” is written in %(written)s; the measure has no unit.")
        ) % {"text": text, "written": error.written, "unit": unit}
        return None
    except NumberError:
        errors[field] = _("“%(text)s” is not a number.") % {"text": text}
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
    values = {f: _number(row, f, errors) for f in VALUE_FIELDS}
    stored = {"comment": row.comment, "source": row.source} | {
        f: v for f, v in values.items() if f not in errors
    }
    errors |= field_problems(Outcome, stored)
    if not errors and sex_split_problem(
        values["total"],
        values["women"],
        values["men"],
        is_count=row.indicator.is_count and not as_stated,  # a source's sum is kept as stated
    ):
        errors["total"] = _("Women and men add up to %(sum)s, not to the total %(total)s.") % {
            "sum": format_number(values["women"] + values["men"]),  # type: ignore[operator]
            "total": format_number(values["total"]),
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
    """Who may record an outcome of `indicator` for `unit`: the one rule of every path.

    The unit must be the indicator's own or one under it. Its controllers (and
    administrators) report every indicator there; the indicator's owner reports it for
    the units where they hold a role. Nobody reports for a closed unit.
    """
    if unit.is_closed or not unit.is_within(indicator.unit):
        return False
    if not indicator_policy.can_view(actor, indicator):
        return False
    if outcome_policy.can_create_in(actor, unit):
        return True
    return (
        indicator.owner_id is not None
        and indicator.owner_id == actor.pk
        and grants_of(actor).has_any(unit, frozenset({Role.OWNER}))
    )


def _check_period(period: Period, unit: Unit) -> None:
    if unit.region_id != period.unit_id:
        raise ValidationError({"period": _("The period belongs to another region's calendar.")})
    if period.status != PeriodStatus.OPEN:
        raise ValidationError(
            {"period": _("The period %(period)s is not open for reporting.") % {"period": period}}
        )


def _changes(current: Outcome | None, values: dict[str, Any]) -> bool:
    if _is_empty(values):
        return False  # an empty row leaves what is stored as it is
    return current is None or any(getattr(current, k) != v for k, v in values.items())


def _conflict(current: Outcome | None, seen: int | None) -> str | None:
    """Why a row would overwrite what someone else saved since the person looked, if so."""
    if current is None:
        return None
    if seen != current.version:
        who = str(current.reported_by) if current.reported_by else _("someone else")
        return _(
            "%(who)s saved this outcome meanwhile (total %(total)s). Nothing was saved; "
            "look at the value and save again."
        ) % {"who": who, "total": format_number(current.total)}
    return None


@transaction.atomic
def record_outcomes(
    actor: Any, period: Period, unit: Unit, rows: list[OutcomeRow]
) -> list[Outcome]:
    """Save every row or none: each problem is reported with its row number and field.

    A row that would overwrite an outcome saved by someone else since the person looked
    (its version differs) is a problem too, so two people never overwrite each other.
    """
    _check_period(period, unit)
    if not rows and not (
        outcome_policy.can_create_in(actor, unit)
        or grants_of(actor).has_any(unit, frozenset({Role.OWNER}))
    ):
        raise PermissionDenied  # nobody learns anything by an empty batch either
    problems: list[RowError] = []
    cleaned = []
    seen_rows: dict[int, int] = {}
    for number, row in enumerate(rows, start=1):
        if not may_report(actor, row.indicator, unit):
            raise PermissionDenied
        values, errors = validate_row(row)
        if row.indicator.pk in seen_rows:
            errors["indicator"] = _("The measure is already given on row %(row)s.") % {
                "row": seen_rows[row.indicator.pk]
            }
        seen_rows.setdefault(row.indicator.pk, number)
        problems += [RowError(number, str(row.indicator), f, m) for f, m in errors.items()]
        cleaned.append((number, row, values))
    existing = {
        o.indicator_id: o
        for o in Outcome.objects.select_for_update(of=("self",))
        .select_related("reported_by")
        .filter(period=period, unit=unit, indicator__in=[r.indicator for _n, r, _v in cleaned])
    }
    for number, row, values in cleaned:
        current = existing.get(row.indicator.pk)
        message = _conflict(current, row.version) if _changes(current, values) else None
        if message:
            problems.append(RowError(number, str(row.indicator), "version", message))
    if problems:
        raise OutcomeRowsError(problems)
    saved = []
    for _number, row, values in cleaned:
        current = existing.get(row.indicator.pk)
        if not _changes(current, values):
            continue
        if current is None:
            outcome = attributed(
                Outcome(
                    indicator=row.indicator,
                    period=period,
                    unit=unit,
                    reported_by=history_user_of(actor),
                    **values,
                ),
                actor,
            )
            outcome.save()
            saved.append(outcome)
        else:
            save_versioned(
                current,
                current.version,
                values | {"reported_by": history_user_of(actor)},
                actor=actor,
            )
            saved.append(current)
    return saved


def _is_empty(values: dict[str, Any]) -> bool:
    return all(values[f] is None for f in VALUE_FIELDS) and not values["comment"]


class OutcomeConflict(Exception):
    """Rows refused because someone else saved the same outcomes meanwhile (per row)."""

    def __init__(self, rows: dict[str, list[str]]) -> None:
        super().__init__(f"{len(rows)} outcomes changed meanwhile")
        self.rows = rows


class OutcomeRowsError(Exception):
    def __init__(self, problems: list[RowError]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems

    @property
    def only_conflicts(self) -> bool:
        return all(p.field == "version" for p in self.problems)


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
