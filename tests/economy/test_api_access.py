"""Every role against every operation of the economy's and the imports' API.

Reads are scoped as the pages are; writes are refused with 403 where one may see but not
change, and anything of Jämtland Härjedalen is 404 (or, named in a body, 422) for the
outsider from Region Norrbotten. The operations are read from the OpenAPI, so a new one
without a case here fails.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from economy.models import AccountMapping, CostCentreMapping
from economy.services.budget import create_frame_change
from economy.services.ledger import record_ledger
from organisation.access import SYSTEM
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.economy.conftest import EconomyWorld
from tests.openapi_contract import published_spec


@dataclass
class Ids:
    frame: int
    change: int
    staff: int
    unused_cost_type: int
    cost_centre: int
    account: int
    ledger: int
    division: int
    kirurgi: int
    committee: int


@pytest.fixture
def ids(world: World, economy_world: EconomyWorld) -> Ids:
    staff = economy_world.cost_types["personalkostnader"]
    change = create_frame_change(SYSTEM, economy_world.frame, reason="SMS-livräddare")
    ledger = record_ledger(
        SYSTEM,
        world.region,
        file_name="jan.csv",
        checksum="1" * 64,
        row_count=1,
        sums={(world.division.pk, staff.pk, 2025, 1): Decimal(-100)},
    )
    return Ids(
        frame=economy_world.frame.pk,
        change=change.pk,
        staff=staff.pk,
        unused_cost_type=economy_world.cost_types["interna-kostnader"].pk,
        cost_centre=CostCentreMapping.objects.get(cost_centre="1100").pk,
        account=AccountMapping.objects.get(first_account="6000").pk,
        ledger=ledger.pk,
        division=world.division.pk,
        kirurgi=economy_world.kirurgi.pk,
        committee=world.committee.pk,
    )


def answers(
    admin: int, controller: int, owner: int, reader: int, auditor: int, outsider: int
) -> dict[str, int]:
    return dict(
        admin=admin,
        controller=controller,
        owner=owner,
        reader=reader,
        auditor=auditor,
        outsider=outsider,
    )


READ = answers(200, 200, 200, 200, 200, 200)
READ_HERE = answers(200, 200, 200, 200, 200, 404)
EDIT = answers(200, 200, 403, 403, 403, 404)
REMOVE = answers(204, 204, 403, 403, 403, 404)
KEEP = answers(200, 403, 403, 403, 403, 404)
KEEP_REMOVE = answers(204, 403, 403, 403, 403, 404)

Body = Callable[[Ids], Any]
OPERATIONS: dict[str, tuple[Callable[[Ids], str], Body | None, dict[str, int]]] = {
    "GET /api/economy/cost-types": (lambda i: "/api/economy/cost-types", None, READ),
    "POST /api/economy/cost-types": (
        lambda i: "/api/economy/cost-types",
        lambda i: {"code": "kopt", "name": "Köpt vård", "kind": "cost"},
        answers(201, 403, 403, 403, 403, 201),
    ),
    "PATCH /api/economy/cost-types/{cost_type_id}": (
        lambda i: f"/api/economy/cost-types/{i.staff}",
        lambda i: {"version": 1, "name": "Personal"},
        KEEP,
    ),
    "DELETE /api/economy/cost-types/{cost_type_id}": (
        lambda i: f"/api/economy/cost-types/{i.unused_cost_type}",
        None,
        KEEP_REMOVE,
    ),
    "GET /api/economy/cost-centres": (lambda i: "/api/economy/cost-centres", None, READ),
    "POST /api/economy/cost-centres": (
        lambda i: "/api/economy/cost-centres",
        lambda i: {"cost_centre": "4711", "unit_id": i.kirurgi},
        answers(201, 201, 403, 403, 403, 422),
    ),
    "PATCH /api/economy/cost-centres/{mapping_id}": (
        lambda i: f"/api/economy/cost-centres/{i.cost_centre}",
        lambda i: {"version": 1, "cost_centre": "1101", "unit_id": i.division},
        EDIT,
    ),
    "DELETE /api/economy/cost-centres/{mapping_id}": (
        lambda i: f"/api/economy/cost-centres/{i.cost_centre}",
        None,
        REMOVE,
    ),
    "GET /api/economy/accounts": (lambda i: "/api/economy/accounts", None, READ),
    "POST /api/economy/accounts": (
        lambda i: "/api/economy/accounts",
        lambda i: {"first_account": "8000", "last_account": "8999", "cost_type_id": i.staff},
        answers(201, 403, 403, 403, 403, 422),
    ),
    "PATCH /api/economy/accounts/{mapping_id}": (
        lambda i: f"/api/economy/accounts/{i.account}",
        lambda i: {
            "version": 1,
            "first_account": "6000",
            "last_account": "7699",
            "cost_type_id": i.staff,
        },
        KEEP,
    ),
    "DELETE /api/economy/accounts/{mapping_id}": (
        lambda i: f"/api/economy/accounts/{i.account}",
        None,
        KEEP_REMOVE,
    ),
    "GET /api/economy/frames": (lambda i: "/api/economy/frames", None, READ),
    "GET /api/economy/frames/{frame_id}/amounts": (
        lambda i: f"/api/economy/frames/{i.frame}/amounts",
        None,
        READ_HERE,
    ),
    "PUT /api/economy/frames/{frame_id}/amounts": (
        lambda i: f"/api/economy/frames/{i.frame}/amounts",
        lambda i: {
            "unit_id": i.division,
            "kind": "detailed",
            "cells": [{"cost_type_id": i.staff, "amount": "-5", "version": 0}],
        },
        EDIT,
    ),
    "GET /api/economy/frames/{frame_id}/changes": (
        lambda i: f"/api/economy/frames/{i.frame}/changes",
        None,
        READ_HERE,
    ),
    "POST /api/economy/frames/{frame_id}/changes": (
        lambda i: f"/api/economy/frames/{i.frame}/changes",
        lambda i: {"reason": "Prostatacancerscreening", "amount": "3.1"},
        answers(201, 201, 403, 403, 403, 404),
    ),
    "PATCH /api/economy/frame-changes/{change_id}": (
        lambda i: f"/api/economy/frame-changes/{i.change}",
        lambda i: {"version": 1, "amount": "1.5"},
        EDIT,
    ),
    "DELETE /api/economy/frame-changes/{change_id}": (
        lambda i: f"/api/economy/frame-changes/{i.change}",
        None,
        REMOVE,
    ),
    "GET /api/economy/outcomes": (
        lambda i: f"/api/economy/outcomes?unit_id={i.committee}&year=2025",
        None,
        READ_HERE,
    ),
    "GET /api/economy/forecasts": (
        lambda i: f"/api/economy/forecasts?unit_id={i.committee}&year=2025",
        None,
        READ_HERE,
    ),
    "POST /api/economy/forecasts": (
        lambda i: "/api/economy/forecasts",
        lambda i: {
            "unit_id": i.division,
            "cost_type_id": i.staff,
            "year": 2025,
            "made_in_month": 1,
            "amount": "-1200",
        },
        answers(200, 200, 403, 403, 403, 422),
    ),
    "GET /api/economy/ledger-imports": (lambda i: "/api/economy/ledger-imports", None, READ),
    "GET /api/economy/ledger-imports/{import_id}": (
        lambda i: f"/api/economy/ledger-imports/{i.ledger}",
        None,
        answers(200, 200, 404, 404, 200, 404),
    ),
    "POST /api/imports/ledger": (
        lambda i: "/api/imports/ledger",
        lambda i: {
            "rows": [{"period": "202502", "cost_centre": "1100", "account": "5010", "amount": "1"}]
        },
        answers(201, 201, 403, 403, 403, 422),
    ),
}

CASES = [
    pytest.param(operation, persona, status, id=f"{operation}-{persona}")
    for operation, (_url, _body, expected) in OPERATIONS.items()
    for persona, status in expected.items()
]


def _call(client: Client, operation: str, ids: Ids, **headers: str) -> Any:
    url, body, _expected = OPERATIONS[operation]
    method = operation.split(" ", 1)[0].lower()
    if body is None:
        return getattr(client, method)(url(ids), **headers)
    return getattr(client, method)(
        url(ids), data=json.dumps(body(ids)), content_type="application/json", **headers
    )


@pytest.mark.parametrize(("operation", "persona", "status"), CASES)
def test_operation_access(
    world: World, ids: Ids, client: Client, operation: str, persona: str, status: int
) -> None:
    token = create_api_token(world.persona(persona), "t")[1]
    response = _call(client, operation, ids, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == status, response.content


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_anonymous_is_refused(ids: Ids, client: Client, operation: str) -> None:
    assert _call(client, operation, ids).status_code == 401


def test_every_operation_of_the_economy_and_the_imports_has_cases() -> None:
    found = {
        f"{method.upper()} {path}"
        for path, methods in published_spec()["paths"].items()
        for method in methods
        if path.startswith(("/api/economy/", "/api/imports/"))
    }
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(
    ("persona", "operation", "count"),
    [
        ("outsider", "GET /api/economy/cost-types", 0),
        ("outsider", "GET /api/economy/cost-centres", 0),
        ("outsider", "GET /api/economy/frames", 0),
        ("reader", "GET /api/economy/ledger-imports", 0),
        ("auditor", "GET /api/economy/ledger-imports", 1),
        ("reader", "GET /api/economy/cost-types", 7),
    ],
)
def test_lists_hold_only_what_the_person_may_see(
    world: World, ids: Ids, client: Client, persona: str, operation: str, count: int
) -> None:
    token = create_api_token(world.persona(persona), "t")[1]
    response = _call(client, operation, ids, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert len(response.json()) == count
