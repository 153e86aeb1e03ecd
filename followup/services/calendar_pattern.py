"""The organisation's reporting year: kept by those who keep its calendar, started from a
preset (followup/presets/calendar-*.yaml); each year of periods is made from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from followup.calendar import PatternRow, pattern_problems
from followup.models import PeriodPattern
from followup.services.periods import may_manage_periods
from organisation.models import Unit

PRESETS = Path(__file__).resolve().parent.parent / "presets"
# The calendar a year is made with where the organisation has defined none.
STANDARD = "manader-och-tertial"
FIELDS = (
    "kind",
    "number",
    "name",
    "starts_month",
    "starts_day",
    "ends_month",
    "ends_day",
    "ends_next_year",
)


def presets() -> dict[str, str]:
    return {
        path.stem.removeprefix("calendar-"): str(_read(path.stem.removeprefix("calendar-"))["name"])
        for path in sorted(PRESETS.glob("calendar-*.yaml"))
    }


def _read(key: str) -> dict[str, Any]:
    path = PRESETS / f"calendar-{key}.yaml"
    if not key.replace("-", "").isalnum() or not path.is_file():
        raise ValidationError({"preset": _("There is no such preset.")})
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def preset_rows(key: str) -> list[PatternRow]:
    return [
        PatternRow(
            kind=item["kind"],
            number=int(item["number"]),
            name=str(item["name"]),
            starts=(int(item["starts"][0]), int(item["starts"][1])),
            ends=(int(item["ends"][0]), int(item["ends"][1])),
            ends_next_year=bool(item.get("next_year", False)),
        )
        for item in _read(key)["periods"]
    ]


def _row(pattern: PeriodPattern) -> PatternRow:
    return PatternRow(
        kind=pattern.kind,
        number=pattern.number,
        name=pattern.name,
        starts=(pattern.starts_month, pattern.starts_day),
        ends=(pattern.ends_month, pattern.ends_day),
        ends_next_year=pattern.ends_next_year,
    )


def rows_of(region: Unit) -> tuple[list[PatternRow], bool]:
    """The organisation's reporting year, and whether it is its own (else the standard)."""
    own = [_row(p) for p in PeriodPattern.objects.filter(region=region)]
    return (own, True) if own else (preset_rows(STANDARD), False)


def add_period(actor: Any, region: Unit, **values: Any) -> PeriodPattern:
    if not may_manage_periods(actor, region) or region.parent_id is not None:
        raise PermissionDenied
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"Not calendar fields: {sorted(unknown)}")
    pattern = PeriodPattern(region=region, **values)
    if PeriodPattern.objects.filter(
        region=region, kind=pattern.kind, number=pattern.number
    ).exists():
        raise ValidationError(
            {
                "number": _("The calendar has a %(kind)s number %(number)s already.")
                % {"kind": pattern.get_kind_display().lower(), "number": pattern.number}
            }
        )
    if pattern_problems(_row(pattern)):
        raise ValidationError({"ends_month": _("The period ends before it starts.")})
    pattern = attributed(pattern, actor)
    pattern.full_clean()
    pattern.save()
    return pattern


def remove_period(actor: Any, pattern: PeriodPattern) -> None:
    """Out of the calendar; the periods already made from it stay as they are."""
    if not may_manage_periods(actor, pattern.region):
        raise PermissionDenied
    attributed(pattern, actor).delete()


@transaction.atomic
def load_preset(actor: Any, region: Unit, key: str) -> list[PeriodPattern]:
    """The preset's periods, for an organisation whose calendar is still empty."""
    if not may_manage_periods(actor, region) or region.parent_id is not None:
        raise PermissionDenied
    if PeriodPattern.objects.filter(region=region).exists():
        raise ValidationError(
            {"preset": _("The organisation has a calendar already: change its periods.")}
        )
    return [
        add_period(
            actor,
            region,
            kind=row.kind,
            number=row.number,
            name=row.name,
            starts_month=row.starts[0],
            starts_day=row.starts[1],
            ends_month=row.ends[0],
            ends_day=row.ends[1],
            ends_next_year=row.ends_next_year,
        )
        for row in preset_rows(key)
    ]
