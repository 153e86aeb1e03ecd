"""Writes to programmes and measures for a balanced economy: create, edit, link."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from economy.access import measure_policy, programme_policy
from economy.models import Measure, Programme
from internal_control.models import Action, Risk
from organisation.models import Unit
from planning.models import Assignment, Indicator

PROGRAMME_FIELDS = ("name", "description", "order")
MEASURE_FIELDS = (
    "programme",
    "number",
    "title",
    "description",
    "owner",
    "owner_title",
    "decided_by",
    "decided_on",
    "decision_reference",
    "status",
    "first_year",
    "last_year",
)


def create_programme(actor: Any, unit: Unit, **values: Any) -> Programme:
    if not programme_policy.can_create_in(actor, unit):
        raise PermissionDenied
    programme = attributed(Programme(unit=unit, **values), actor)
    programme.full_clean()
    programme.save()
    return programme


def update_programme(
    actor: Any, programme: Programme, expected_version: int | None, **values: Any
) -> Programme:
    if not programme_policy.can_change(actor, programme):
        raise PermissionDenied
    if unknown := set(values) - set(PROGRAMME_FIELDS):
        raise TypeError(f"Not programme fields: {sorted(unknown)}")
    return save_versioned(programme, expected_version, values, actor=actor)  # type: ignore[return-value]


def _check_measure(unit: Unit, values: dict[str, Any], measure: Measure | None) -> None:
    errors = {}
    first, last = values.get("first_year"), values.get("last_year")
    if first is not None and last is not None and last < first:
        errors["last_year"] = _("The last year must not be before the first year.")
    programme = values.get("programme")
    if programme is not None and not unit.path.startswith(programme.unit.path):
        errors["programme"] = _("Choose a programme of the measure's unit or a unit above it.")
    owner = values.get("owner")
    if owner is not None and owner.region_id != unit.region_id:
        errors["owner"] = _("Choose a person of the measure's region.")
    number = values.get("number")
    if number is not None:
        taken = Measure.objects.filter(unit=unit, number=number)
        if measure is not None:
            taken = taken.exclude(pk=measure.pk)
        if taken.exists():
            errors["number"] = _("The unit already has a measure number %(number)s.") % {
                "number": number
            }
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_measure(actor: Any, unit: Unit, **values: Any) -> Measure:
    """A new measure of the unit; without a number it gets the next one."""
    if not measure_policy.can_create_in(actor, unit):
        raise PermissionDenied
    if unknown := set(values) - set(MEASURE_FIELDS) - {"is_example"}:
        raise TypeError(f"Not measure fields: {sorted(unknown)}")
    values.pop("is_example", None)
    if values.get("number") is None:
        last = (
            Measure.objects.filter(unit=unit).order_by("-number").values_list("number", flat=True)
        )
        values["number"] = (last.first() or 0) + 1
    _check_measure(unit, values, None)
    measure = attributed(Measure(unit=unit, **values), actor)
    measure.full_clean()
    measure.save()
    return measure


def update_measure(
    actor: Any, measure: Measure, expected_version: int | None, **values: Any
) -> Measure:
    if not measure_policy.can_change(actor, measure):
        raise PermissionDenied
    if unknown := set(values) - set(MEASURE_FIELDS):
        raise TypeError(f"Not measure fields: {sorted(unknown)}")
    current = {name: getattr(measure, name) for name in ("first_year", "last_year")}
    _check_measure(measure.unit, current | values, measure)
    return save_versioned(measure, expected_version, values, actor=actor)  # type: ignore[return-value]


def _in_region(region_id: int, units: Iterable[Unit]) -> bool:
    return all(u.path.startswith(f"/{region_id}/") for u in units)


@transaction.atomic
def set_measure_links(
    actor: Any,
    measure: Measure,
    expected_version: int | None,
    *,
    risks: Iterable[Risk] = (),
    assignments: Iterable[Assignment] = (),
    indicators: Iterable[Indicator] = (),
    actions: Iterable[Action] = (),
) -> Measure:
    """Link the measure to exactly these risks, assignments, indicators and actions.

    The measure takes a new version whose history names the links, so that the change is
    kept with who made it and when.
    """
    if not measure_policy.can_change(actor, measure):
        raise PermissionDenied
    region = measure.unit.region_id
    chosen: dict[str, list[Any]] = {
        "risks": list(risks),
        "assignments": list(assignments),
        "indicators": list(indicators),
        "actions": list(actions),
    }
    units_of = {
        "risks": [r.plan.unit for r in chosen["risks"]],
        "assignments": [a.unit for a in chosen["assignments"]],
        "indicators": [i.unit for i in chosen["indicators"]],
        "actions": [a.unit for a in chosen["actions"]],
    }
    errors = {
        name: _("Choose only what belongs to the measure's region.")
        for name, units in units_of.items()
        if not _in_region(region, units)
    }
    if errors:
        raise ValidationError(errors)
    reason = _(
        "Links: risks %(risks)s; assignments %(assignments)s; indicators %(indicators)s; "
        "actions %(actions)s"
    ) % {
        "risks": ", ".join(str(r.number) for r in chosen["risks"]) or "–",
        "assignments": ", ".join(a.code or str(a.pk) for a in chosen["assignments"]) or "–",
        "indicators": ", ".join(str(i) for i in chosen["indicators"]) or "–",
        "actions": ", ".join(str(a.number) for a in chosen["actions"]) or "–",
    }
    saved: Measure = save_versioned(measure, expected_version, {}, actor=actor, reason=reason)  # type: ignore[assignment]
    measure.risks.set(chosen["risks"])
    measure.assignments.set(chosen["assignments"])
    measure.indicators.set(chosen["indicators"])
    measure.actions.set(chosen["actions"])
    return saved
