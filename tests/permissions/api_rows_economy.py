"""API rows: cost types, the financial system's codes, budget amounts, frame changes,
outcomes, forecasts and ledger imports.

Lists answer everyone with what they may read (the outsider: their own organisation's).
An id of the first region in the path is 404 for the outsider; named in a body it is a
refused field (422), as any id one may not use.
"""

from __future__ import annotations

from typing import Any

from economy.models import (
    AccountMapping,
    BudgetAmount,
    CostCentreMapping,
    CostType,
    Forecast,
    FrameChange,
    LedgerImport,
)
from tests.permissions.expect import (
    CREATED,
    FORBIDDEN,
    NO_CONTENT,
    NOT_FOUND,
    OK,
    ApiRow,
    api,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

UNPROCESSABLE = 422

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
EDIT, EDIT_REMOVED = api(editors(OK)), api(editors(NO_CONTENT))
KEEP = api(in_region(FORBIDDEN, admin=OK))
KEEP_REMOVED = api(in_region(FORBIDDEN, admin=NO_CONTENT))


def _frame_id(w: PermWorld) -> dict[str, int]:
    return {"frame_id": w.economy.frame_pk}


def _detailed_row(w: PermWorld) -> list[Any]:
    cells = BudgetAmount.objects.filter(
        frame_id=w.economy.frame_pk, unit=w.base.division, kind="detailed"
    )
    return sorted(cells.values_list("cost_type_id", "amount"))


def _year_of_committee(w: PermWorld) -> dict[str, int]:
    return {"unit_id": w.base.committee.pk, "year": 2025}


ROWS = [
    ApiRow("GET", "/api/economy/cost-types", EVERYONE),
    ApiRow(
        "POST",
        "/api/economy/cost-types",
        api(codes(FORBIDDEN, admin=CREATED, outsider=CREATED)),  # the outsider's own region
        body=lambda w: {"code": "kopt-vard", "name": "Köpt vård", "kind": "cost"},
        probe=lambda w: CostType.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/economy/cost-types/{cost_type_id}",
        KEEP,
        params=lambda w: {"cost_type_id": w.economy.staff.pk},
        body=lambda w: {"version": fresh(w.economy.staff).version, "name": "Personal"},
        probe=lambda w: fresh(w.economy.staff).version,
    ),
    ApiRow(
        "DELETE",
        "/api/economy/cost-types/{cost_type_id}",
        KEEP_REMOVED,
        params=lambda w: {"cost_type_id": w.economy.unused.pk},
        probe=lambda w: CostType.objects.filter(pk=w.economy.unused.pk).exists(),
    ),
    ApiRow("GET", "/api/economy/cost-centres", EVERYONE),
    ApiRow(
        "POST",
        "/api/economy/cost-centres",
        api(editors(CREATED, outsider=UNPROCESSABLE, installer=FORBIDDEN)),
        body=lambda w: {"cost_centre": "4711", "unit_id": w.economy.world.kirurgi.pk},
        probe=lambda w: CostCentreMapping.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/economy/cost-centres/{mapping_id}",
        EDIT,
        params=lambda w: {"mapping_id": w.economy.cost_centre.pk},
        body=lambda w: {
            "version": fresh(w.economy.cost_centre).version,
            "cost_centre": "1101",
            "unit_id": w.base.division.pk,
        },
        probe=lambda w: fresh(w.economy.cost_centre).version,
    ),
    ApiRow(
        "DELETE",
        "/api/economy/cost-centres/{mapping_id}",
        EDIT_REMOVED,
        params=lambda w: {"mapping_id": w.economy.cost_centre.pk},
        probe=lambda w: CostCentreMapping.objects.filter(pk=w.economy.cost_centre.pk).exists(),
    ),
    ApiRow("GET", "/api/economy/accounts", EVERYONE),
    ApiRow(
        "POST",
        "/api/economy/accounts",
        api(codes(FORBIDDEN, admin=CREATED, outsider=UNPROCESSABLE)),
        body=lambda w: {
            "first_account": "8000",
            "last_account": "8999",
            "cost_type_id": w.economy.staff.pk,
        },
        probe=lambda w: AccountMapping.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/economy/accounts/{mapping_id}",
        KEEP,
        params=lambda w: {"mapping_id": w.economy.account.pk},
        body=lambda w: {
            "version": fresh(w.economy.account).version,
            "first_account": "6000",
            "last_account": "7699",
            "cost_type_id": w.economy.account.cost_type_id,
        },
        probe=lambda w: fresh(w.economy.account).version,
    ),
    ApiRow(
        "DELETE",
        "/api/economy/accounts/{mapping_id}",
        KEEP_REMOVED,
        params=lambda w: {"mapping_id": w.economy.account.pk},
        probe=lambda w: AccountMapping.objects.filter(pk=w.economy.account.pk).exists(),
    ),
    ApiRow("GET", "/api/economy/frames", EVERYONE),
    ApiRow("GET", "/api/economy/frames/{frame_id}/amounts", READ, params=_frame_id),
    ApiRow(
        "PUT",
        "/api/economy/frames/{frame_id}/amounts",
        EDIT,
        params=_frame_id,
        body=lambda w: {
            "unit_id": w.base.division.pk,
            "kind": "detailed",
            "cells": [{"cost_type_id": w.economy.staff.pk, "amount": "-5", "version": 0}],
        },
        probe=_detailed_row,
    ),
    ApiRow("GET", "/api/economy/frames/{frame_id}/changes", READ, params=_frame_id),
    ApiRow(
        "POST",
        "/api/economy/frames/{frame_id}/changes",
        api(editors(CREATED)),
        params=_frame_id,
        body=lambda w: {"reason": "Prostatacancerscreening", "amount": "3.1"},
        probe=lambda w: FrameChange.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/economy/frame-changes/{change_id}",
        EDIT,
        params=lambda w: {"change_id": w.economy.change.pk},
        body=lambda w: {"version": fresh(w.economy.change).version, "amount": "1.5"},
        probe=lambda w: fresh(w.economy.change).version,
    ),
    ApiRow(
        "DELETE",
        "/api/economy/frame-changes/{change_id}",
        EDIT_REMOVED,
        params=lambda w: {"change_id": w.economy.change.pk},
        probe=lambda w: FrameChange.objects.filter(pk=w.economy.change.pk).exists(),
    ),
    ApiRow("GET", "/api/economy/outcomes", READ, query=_year_of_committee),
    ApiRow("GET", "/api/economy/forecasts", READ, query=_year_of_committee),
    ApiRow(
        "POST",
        "/api/economy/forecasts",
        api(editors(OK, outsider=UNPROCESSABLE, installer=UNPROCESSABLE)),
        body=lambda w: {
            "unit_id": w.base.division.pk,
            "cost_type_id": w.economy.staff.pk,
            "year": 2025,
            "made_in_month": 1,
            "amount": "-1200",
        },
        probe=lambda w: Forecast.objects.count(),
    ),
    ApiRow("GET", "/api/economy/ledger-imports", EVERYONE),
    # Imports are read by those who import and by auditors.
    ApiRow(
        "GET",
        "/api/economy/ledger-imports/{import_id}",
        api(in_region(NOT_FOUND, admin=OK, controller=OK, auditor=OK)),
        params=lambda w: {"import_id": w.economy.ledger.pk},
    ),
    ApiRow(
        "POST",
        "/api/imports/ledger",
        api(editors(CREATED, outsider=UNPROCESSABLE, installer=FORBIDDEN)),
        body=lambda w: {
            "rows": [{"period": "202502", "cost_centre": "1100", "account": "5010", "amount": "1"}]
        },
        probe=lambda w: LedgerImport.objects.count(),
    ),
]
