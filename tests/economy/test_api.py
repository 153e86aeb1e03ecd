"""The economy through the API: the same rules, permissions, versions and history as the pages."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.test import Client

from economy.models import (
    BudgetAmount,
    CostType,
    FinancialOutcome,
    Forecast,
    FrameChange,
    LedgerImport,
)
from organisation.models import User
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.economy.conftest import EconomyWorld


class Api:
    def __init__(self, client: Client, user: User) -> None:
        self.client = client
        self.headers = {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}

    def __call__(self, method: str, url: str, body: Any = None) -> Any:
        send = getattr(self.client, method)
        if body is None:
            return send(f"/api{url}", **self.headers)
        return send(
            f"/api{url}", data=json.dumps(body), content_type="application/json", **self.headers
        )


ROWS = [
    {"period": "202501", "cost_centre": "1100", "account": "5010", "amount": "1 200 000,00"},
    {
        "period": "2025-01",
        "cost_centre": "1200",
        "account": "3010",
        "amount": "-500.25",
        "text": "Avgifter",
    },
]


def test_ledger_rows_are_checked_previewed_and_saved_all_or_nothing(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    api = Api(client, world.controller)
    bad = [*ROWS, {"period": "2025-13", "cost_centre": "4711", "account": "5010", "amount": "1"}]
    refused = api("post", "/imports/ledger", {"rows": bad})
    assert refused.status_code == 422
    assert refused.json()["errors"] == {
        "rows.3.period": ["”2025-13” är ingen period (ÅÅÅÅMM, ÅÅÅÅ-MM eller ett datum)"],
        "rows.3.cost_centre": ["”4711” är inte kopplat till någon enhet"],
    }
    preview = api("post", "/imports/ledger", {"rows": ROWS, "dry_run": True})
    assert preview.status_code == 200
    assert preview.json()["row_count"] == 2
    assert not FinancialOutcome.objects.exists()
    saved = api("post", "/imports/ledger", {"rows": ROWS, "file_name": "jan.json"})
    assert saved.status_code == 201
    assert saved.json()["file_name"] == "jan.json"
    amounts = sorted(FinancialOutcome.objects.values_list("amount", flat=True))
    assert amounts == [Decimal("-1200000.00"), Decimal("500.25")]
    again = api("post", "/imports/ledger", {"rows": ROWS})
    assert again.status_code == 422
    assert again.json()["errors"]["rows"][0].startswith("Filen lästes redan in ")
    listed = api("get", "/economy/ledger-imports").json()
    assert [i["file_name"] for i in listed] == ["jan.json"]
    outcomes = api("get", f"/economy/outcomes?unit_id={world.committee.pk}&year=2025").json()
    assert len(outcomes) == 2


def test_a_reader_cannot_import(world: World, economy_world: EconomyWorld, client: Client) -> None:
    assert Api(client, world.reader)("post", "/imports/ledger", {"rows": ROWS}).status_code == 403
    assert not LedgerImport.objects.exists()


def test_a_budget_row_through_the_api_with_versions(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    api = Api(client, world.controller)
    staff = economy_world.cost_types["personalkostnader"]
    url = f"/economy/frames/{economy_world.frame.pk}/amounts"
    body = {
        "unit_id": world.division.pk,
        "kind": "frame",
        "cells": [{"cost_type_id": staff.pk, "amount": "-1200.5", "version": 0}],
    }
    response = api("put", url, body)
    assert response.status_code == 200
    assert Decimal(str(response.json()[0]["amount"])) == Decimal("-1200.5")
    stale = api("put", url, body)  # still says it read no cell
    assert stale.status_code == 422
    assert "cells" not in stale.json()["errors"] and f"amount_{staff.pk}" in stale.json()["errors"]
    assert BudgetAmount.objects.get().version == 1
    assert (
        api("put", url, body | {"cells": [{"cost_type_id": staff.pk, "amount": None}]}).status_code
        == 200
    )
    assert not BudgetAmount.objects.exists()
    assert Api(client, world.reader)("put", url, body).status_code == 403
    assert api("get", url).json() == []


def test_frame_changes_and_the_computed_total(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    api = Api(client, world.controller)
    frame = economy_world.frame
    made = api(
        "post", f"/economy/frames/{frame.pk}/changes", {"reason": "Omställning", "amount": "-77.05"}
    )
    assert made.status_code == 201
    frames = api("get", "/economy/frames?year=2025").json()
    assert Decimal(str(frames[0]["computed_total"])) == Decimal("-2898.25")
    change = FrameChange.objects.get()
    patch = api("patch", f"/economy/frame-changes/{change.pk}", {"version": 1, "amount": "-70"})
    assert patch.status_code == 200
    conflict = api("patch", f"/economy/frame-changes/{change.pk}", {"version": 1, "amount": "-60"})
    assert conflict.status_code == 409
    assert api("delete", f"/economy/frame-changes/{change.pk}").status_code == 204
    assert FrameChange.history.filter(history_type="-", history_user=world.controller).exists()


def test_cost_types_and_mappings_are_kept_by_the_regions_keepers(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    admin, controller = Api(client, world.admin), Api(client, world.controller)
    made = admin(
        "post", "/economy/cost-types", {"code": "kopt", "name": "Köpt vård", "kind": "cost"}
    )
    assert made.status_code == 201
    assert (
        controller(
            "post", "/economy/cost-types", {"code": "x", "name": "X", "kind": "cost"}
        ).status_code
        == 403
    )
    ct = CostType.objects.get(code="kopt")
    assert (
        admin(
            "patch", f"/economy/cost-types/{ct.pk}", {"version": 1, "name": "Köpt riksvård"}
        ).status_code
        == 200
    )
    assert (
        admin("patch", f"/economy/cost-types/{ct.pk}", {"version": 1, "name": "Igen"}).status_code
        == 409
    )
    overlap = admin(
        "post",
        "/economy/accounts",
        {"first_account": "5500", "last_account": "5600", "cost_type_id": ct.pk},
    )
    assert overlap.status_code == 422 and "first_account" in overlap.json()["errors"]
    mapped = controller(
        "post",
        "/economy/cost-centres",
        {"cost_centre": "4711", "unit_id": economy_world.kirurgi.pk},
    )
    assert mapped.status_code == 201
    board = controller(
        "post", "/economy/cost-centres", {"cost_centre": "9", "unit_id": world.board.pk}
    )
    assert board.status_code == 422  # the board is not a unit the controller sees
    assert admin("delete", f"/economy/cost-types/{ct.pk}").status_code == 204
    outsider = Api(client, world.outsider)
    assert outsider("get", "/economy/cost-types").json() == []
    assert (
        outsider(
            "patch",
            f"/economy/cost-types/{economy_world.cost_types['lakemedel'].pk}",
            {"version": 1},
        ).status_code
        == 404
    )


def test_forecasts_with_a_version(
    world: World, economy_world: EconomyWorld, client: Client
) -> None:
    api = Api(client, world.controller)
    body = {
        "unit_id": world.division.pk,
        "cost_type_id": economy_world.cost_types["personalkostnader"].pk,
        "year": 2025,
        "made_in_month": 2,
        "amount": "-13100000",
        "comment": "Hyrpersonal minskar.",
        "version": 0,
    }
    assert api("post", "/economy/forecasts", body).status_code == 200
    assert api("post", "/economy/forecasts", body).status_code == 409
    assert (
        api("post", "/economy/forecasts", body | {"version": 1, "amount": "-13000000"}).status_code
        == 200
    )
    assert Forecast.objects.get().version == 2
    listed = api("get", f"/economy/forecasts?unit_id={world.committee.pk}&year=2025").json()
    assert [f["comment"] for f in listed] == ["Hyrpersonal minskar."]
    assert Api(client, world.reader)("post", "/economy/forecasts", body).status_code == 403
