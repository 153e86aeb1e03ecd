"""API rows: programmes, measures for a balanced economy, their links, calculations and
realised effects, and the consolidated figures. The measure's owner changes that measure."""

from __future__ import annotations

from typing import Any

from economy.models import Calculation, Measure, Programme, RealisedEffect
from tests.permissions.expect import CREATED, OK, ApiRow, api, codes, editors, in_region
from tests.permissions.measures_world import YEAR, economy_of
from tests.permissions.world import PermWorld, fresh

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
EDIT_CREATED = api(editors(CREATED))
EDIT_SAVED = api(editors(OK))
OWN_CREATED = api(editors(CREATED, owner=CREATED))
OWN_SAVED = api(editors(OK, owner=OK))


def _measure(w: PermWorld) -> dict[str, Any]:
    return {"measure_id": economy_of(w).measure.pk}


def _calculation(w: PermWorld, year: int) -> dict[str, Any]:
    return {
        "year": year,
        "cost_type_id": economy_of(w).staff.pk,
        "formula": "årsarbeten × kostnad",
        "inputs": [
            {"key": "årsarbeten", "label": "Färre inhyrda årsarbeten", "value": "11"},
            {"key": "kostnad", "value": "1450", "unit": "tkr", "kronor_per_unit": "1000"},
        ],
    }


def _effects(w: PermWorld) -> int:
    economy_of(w)  # made before counting, so that only the write can change the count
    return RealisedEffect.objects.count()


ROWS = [
    ApiRow("GET", "/api/economy/programmes", EVERYONE),
    ApiRow(
        "POST",
        "/api/economy/programmes",
        EDIT_CREATED,
        body=lambda w: {"unit_id": w.base.committee.pk, "name": "Rätt vård på rätt plats"},
        probe=lambda w: Programme.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/economy/programmes/{programme_id}",
        EDIT_SAVED,
        params=lambda w: {"programme_id": economy_of(w).programme.pk},
        body=lambda w: {
            "version": fresh(economy_of(w).programme).version,
            "name": "Rätt vård på rätt plats",
        },
        probe=lambda w: fresh(economy_of(w).programme).name,
    ),
    ApiRow("GET", "/api/economy/measures", EVERYONE),
    ApiRow(
        "POST",
        "/api/economy/measures",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "title": "Effektiviserade vårdflöden",
            "first_year": YEAR,
            "last_year": YEAR,
        },
        probe=lambda w: Measure.objects.count(),
    ),
    ApiRow("GET", "/api/economy/measures/{measure_id}", READ, params=_measure),
    ApiRow(
        "PATCH",
        "/api/economy/measures/{measure_id}",
        OWN_SAVED,
        params=_measure,
        body=lambda w: {
            "version": fresh(economy_of(w).measure).version,
            "title": "Kostnadsminskningar genom minskad hyrbemanning",
        },
        probe=lambda w: fresh(economy_of(w).measure).title,
    ),
    ApiRow(
        "PATCH",
        "/api/economy/measures/{measure_id}",
        EDIT_SAVED,
        params=lambda w: {"measure_id": economy_of(w).other_measure.pk},
        body=lambda w: {
            "version": fresh(economy_of(w).other_measure).version,
            "title": "Minskning av köpt vård och bemanning",
        },
        probe=lambda w: fresh(economy_of(w).other_measure).title,
        variant="a measure of no one",
    ),
    ApiRow(
        "PUT",
        "/api/economy/measures/{measure_id}/links",
        OWN_SAVED,
        params=_measure,
        body=lambda w: {
            "version": fresh(economy_of(w).measure).version,
            "risk_ids": [w.risk.pk],
        },
        probe=lambda w: list(fresh(economy_of(w).measure).risks.values_list("pk", flat=True)),
    ),
    ApiRow("GET", "/api/economy/measures/{measure_id}/calculations", READ, params=_measure),
    ApiRow(
        "POST",
        "/api/economy/measures/{measure_id}/calculations",
        OWN_CREATED,
        params=_measure,
        body=lambda w: _calculation(w, YEAR + 1),
        probe=lambda w: Calculation.objects.count(),
    ),
    ApiRow(
        "PUT",
        "/api/economy/calculations/{calculation_id}",
        OWN_SAVED,
        params=lambda w: {"calculation_id": economy_of(w).calculation.pk},
        body=lambda w: _calculation(w, YEAR)
        | {"version": fresh(economy_of(w).calculation).version},
        probe=lambda w: list(fresh(economy_of(w).calculation).inputs.values_list("value")),
    ),
    ApiRow("GET", "/api/economy/measures/{measure_id}/effects", READ, params=_measure),
    ApiRow(
        "POST",
        "/api/economy/measures/{measure_id}/effects",
        OWN_CREATED,
        params=_measure,
        body=lambda w: {"year": YEAR, "month": 2, "amount": "1200000", "comment": "Huvudboken"},
        probe=_effects,
    ),
    ApiRow(
        "PATCH",
        "/api/economy/effects/{effect_id}",
        OWN_SAVED,
        params=lambda w: {"effect_id": economy_of(w).effect.pk},
        body=lambda w: {"version": fresh(economy_of(w).effect).version, "amount": "1100000"},
        probe=lambda w: fresh(economy_of(w).effect).amount,
    ),
    ApiRow(
        "GET",
        "/api/economy/balance/{unit_id}/{year}",
        READ,
        params=lambda w: {"unit_id": w.base.committee.pk, "year": YEAR},
    ),
]
