"""Page rows: measures for a balanced economy, their calculations and realised effects, the
programmes, and Ekonomi i balans. The measure's owner changes that measure only."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from economy.models import Calculation, Measure, Programme, RealisedEffect
from tests.permissions.expect import FOUND, OK, Row, Write, codes, editors, in_region
from tests.permissions.measures_world import YEAR, economy_of
from tests.permissions.world import PermWorld, fresh

EDIT, EDIT_SAVED = editors(OK), editors(FOUND)
OWN, OWN_SAVED = editors(OK, owner=OK), editors(FOUND, owner=FOUND)


def _measure_data(w: PermWorld) -> dict[str, Any]:
    measure = fresh(economy_of(w).measure)
    return {
        "number": measure.number,
        "title": "Kostnadsminskningar genom minskad hyrbemanning",
        "first_year": YEAR,
        "last_year": YEAR + 1,
        "programme": measure.programme_id,
        "owner": measure.owner_id,
        "version": measure.version,
    }


def _calculation_data(w: PermWorld, year: int, version: int | None = None) -> dict[str, Any]:
    data = {
        "year": year,
        "cost_type": economy_of(w).staff.pk,
        "formula": "årsarbeten × kostnad",
        "from_month": 1,
        "input_1_key": "årsarbeten",
        "input_1_label": "Färre inhyrda årsarbeten",
        "input_1_value": "11",
        "input_2_key": "kostnad",
        "input_2_label": "Kostnad per årsarbete",
        "input_2_value": "1450",
        "input_2_unit": "tkr",
        "input_2_kronor_per_unit": "1000",
    }
    return data if version is None else data | {"version": version}


def _links(w: PermWorld) -> list[int]:
    return list(fresh(economy_of(w).measure).risks.values_list("pk", flat=True))


def _effects(w: PermWorld) -> int:
    economy_of(w)  # made before counting, so that only the write can change the count
    return RealisedEffect.objects.count()


ROWS = [
    Row("economy:measures", lambda w: reverse("economy:measures"), codes(OK)),
    Row(
        "economy:balance",
        lambda w: reverse("economy:balance", args=[w.base.committee.pk]) + f"?ar={YEAR}",
        in_region(OK),
    ),
    Row(
        "economy:measure",
        lambda w: reverse("economy:measure", args=[economy_of(w).measure.pk]),
        in_region(OK),
    ),
    Row(
        "economy:programme_create",
        lambda w: reverse("economy:programme_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {"name": "Rätt vård på rätt plats", "order": 1},
            EDIT_SAVED,
            lambda w: Programme.objects.count(),
        ),
    ),
    Row(
        "economy:programme_edit",
        lambda w: reverse("economy:programme_edit", args=[economy_of(w).programme.pk]),
        EDIT,
        Write(
            lambda w: {
                "name": "Rätt vård på rätt plats",
                "order": 0,
                "version": fresh(economy_of(w).programme).version,
            },
            EDIT_SAVED,
            lambda w: fresh(economy_of(w).programme).name,
        ),
    ),
    Row(
        "economy:measure_create",
        lambda w: reverse("economy:measure_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {
                "title": "Effektiviserade vårdflöden",
                "first_year": YEAR,
                "last_year": YEAR,
            },
            EDIT_SAVED,
            lambda w: Measure.objects.count(),
        ),
    ),
    Row(
        "economy:measure_edit",
        lambda w: reverse("economy:measure_edit", args=[economy_of(w).measure.pk]),
        OWN,
        Write(_measure_data, OWN_SAVED, lambda w: fresh(economy_of(w).measure).title),
    ),
    Row(
        "economy:measure_edit",
        lambda w: reverse("economy:measure_edit", args=[economy_of(w).other_measure.pk]),
        EDIT,
        variant="a measure of no one",
    ),
    Row(
        "economy:measure_links",
        lambda w: reverse("economy:measure_links", args=[economy_of(w).measure.pk]),
        OWN,
        Write(
            lambda w: {
                "risks": [w.risk.pk],
                "version": fresh(economy_of(w).measure).version,
            },
            OWN_SAVED,
            _links,
        ),
    ),
    Row(
        "economy:calculation_create",
        lambda w: reverse("economy:calculation_create", args=[economy_of(w).measure.pk]),
        OWN,
        Write(
            lambda w: _calculation_data(w, YEAR + 1),
            OWN_SAVED,
            lambda w: Calculation.objects.count(),
        ),
    ),
    Row(
        "economy:calculation_create",
        lambda w: reverse("economy:calculation_create", args=[economy_of(w).other_measure.pk]),
        EDIT,
        variant="a measure of no one",
    ),
    Row(
        "economy:calculation_edit",
        lambda w: reverse("economy:calculation_edit", args=[economy_of(w).calculation.pk]),
        OWN,
        Write(
            lambda w: _calculation_data(w, YEAR, fresh(economy_of(w).calculation).version),
            OWN_SAVED,
            lambda w: list(fresh(economy_of(w).calculation).inputs.values_list("value")),
        ),
    ),
    Row(
        "economy:effect_create",
        lambda w: reverse("economy:effect_create", args=[economy_of(w).measure.pk]),
        OWN,
        Write(
            lambda w: {"year": YEAR, "month": 2, "amount": "1200000", "comment": "Huvudboken"},
            OWN_SAVED,
            _effects,
        ),
    ),
    Row(
        "economy:effect_edit",
        lambda w: reverse("economy:effect_edit", args=[economy_of(w).effect.pk]),
        OWN,
        Write(
            lambda w: {
                "year": YEAR,
                "month": 1,
                "amount": "1100000",
                "comment": "Huvudboken",
                "version": fresh(economy_of(w).effect).version,
            },
            OWN_SAVED,
            lambda w: fresh(economy_of(w).effect).amount,
        ),
    ),
]
