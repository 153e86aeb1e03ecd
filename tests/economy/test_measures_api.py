"""Programmes, measures, calculations, realised effects and the consolidated figures through
the API: the same permissions, version checks and history as the pages."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.test import Client

from economy.models import Calculation, Measure, RealisedEffect
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld


def auth(user: Any) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def send(client: Client, method: str, url: str, data: dict[str, Any], user: Any) -> Any:
    return getattr(client, method)(
        url, data=json.dumps(data), content_type="application/json", **auth(user)
    )


def test_the_consolidated_figures(
    world: World, measures_world: MeasuresWorld, client: Client
) -> None:
    url = f"/api/economy/balance/{world.committee.pk}/2025"
    body = client.get(url, **auth(world.reader)).json()
    assert Decimal(body["gap"]["to_cover"]) == 120_000_000
    assert Decimal(body["planned"]) == Decimal("18050000")
    assert body["statements"][0] == {
        "code": "short",
        "text": "Åtgärderna täcker 18,1 av 120 mkr; 102 mkr saknas.",
    }
    assert [m["number"] for m in body["measures"]] == [1, 2]
    assert body["measures"][0]["calculations"] == [
        "12\u00a0årsarbeten × 1\u00a0450\u00a0tkr = 17\u00a0400\u00a0tkr"
    ]
    one = client.get(f"{url}?programme_id={measures_world.programme.pk}", **auth(world.reader))
    assert one.json()["statements"][0]["code"] == "short"
    assert [m["number"] for m in one.json()["measures"]] == [1]
    assert client.get(url, **auth(world.outsider)).status_code == 404


def test_a_measure_its_calculation_and_februarys_effect(
    world: World, measures_world: MeasuresWorld, client: Client
) -> None:
    created = send(
        client,
        "post",
        "/api/economy/measures",
        {
            "unit_id": world.committee.pk,
            "title": "Minskning av köpt vård",
            "first_year": 2025,
            "last_year": 2025,
            "owner_id": world.owner.pk,
        },
        world.controller,
    )
    assert created.status_code == 201
    measure_id = created.json()["id"]
    assert created.json()["number"] == 3 and created.json()["status"] == ""
    refused = send(
        client,
        "post",
        f"/api/economy/measures/{measure_id}/calculations",
        {
            "year": 2025,
            "cost_type_id": measures_world.staff.pk,
            "formula": "vårdtillfällen × kostnad",
            "inputs": [{"key": "vårdtillfällen", "label": "Färre vårdtillfällen", "value": "60"}],
        },
        world.owner,
    )
    assert refused.status_code == 422
    assert "”kostnad”" in refused.json()["errors"]["formula"][0]
    calculation = send(
        client,
        "post",
        f"/api/economy/measures/{measure_id}/calculations",
        {
            "year": 2025,
            "cost_type_id": measures_world.staff.pk,
            "formula": "vårdtillfällen × kostnad",
            "inputs": [
                {"key": "vårdtillfällen", "label": "Färre vårdtillfällen", "value": "60"},
                {
                    "key": "kostnad",
                    "label": "Per vårdtillfälle",
                    "value": "150",
                    "unit": "tkr",
                    "kronor_per_unit": "1000",
                },
            ],
        },
        world.owner,
    )
    assert calculation.status_code == 201
    assert Decimal(calculation.json()["value"]) == 9_000_000
    effect = send(
        client,
        "post",
        f"/api/economy/measures/{measure_id}/effects",
        {
            "year": 2025,
            "month": 2,
            "calculation_id": calculation.json()["id"],
            "actual_inputs": {"vårdtillfällen": "48"},
            "comment": "Enligt fakturorna för köpt vård.",
        },
        world.owner,
    )
    assert effect.status_code == 201
    assert Decimal(effect.json()["value"]) == 600_000
    patched = send(
        client,
        "patch",
        f"/api/economy/effects/{effect.json()['id']}",
        {"version": 1, "actual_inputs": {"vårdtillfällen": "60"}},
        world.owner,
    )
    assert patched.status_code == 200 and Decimal(patched.json()["value"]) == 750_000
    stale = send(
        client,
        "patch",
        f"/api/economy/effects/{effect.json()['id']}",
        {"version": 1, "comment": "Ändrad"},
        world.owner,
    )
    assert stale.status_code == 409 and stale.json()["current_version"] == 2
    assert RealisedEffect.objects.get(pk=effect.json()["id"]).history.count() == 2


def test_a_calculation_is_replaced_with_its_version(
    world: World, measures_world: MeasuresWorld, client: Client
) -> None:
    calculation = measures_world.staff_calculation
    body = {
        "version": calculation.version,
        "year": 2025,
        "cost_type_id": measures_world.staff.pk,
        "formula": "årsarbeten × kostnad_per_årsarbete",
        "inputs": [
            {"key": "årsarbeten", "label": "Färre inhyrda årsarbeten", "value": "10"},
            {
                "key": "kostnad_per_årsarbete",
                "label": "Kostnad",
                "value": "1450",
                "unit": "tkr",
                "kronor_per_unit": "1000",
            },
        ],
    }
    url = f"/api/economy/calculations/{calculation.pk}"
    assert send(client, "put", url, body, world.reader).status_code == 403
    saved = send(client, "put", url, body, world.controller)
    assert saved.status_code == 200 and Decimal(saved.json()["value"]) == 14_500_000
    assert send(client, "put", url, body, world.controller).status_code == 409
    assert Calculation.objects.get(pk=calculation.pk).version == 2


def test_links_and_refusals(world: World, measures_world: MeasuresWorld, client: Client) -> None:
    measure = measures_world.drug_doses
    url = f"/api/economy/measures/{measure.pk}/links"
    linked = send(
        client,
        "put",
        url,
        {"version": measure.version, "indicator_ids": [measures_world.indicator.pk]},
        world.controller,
    )
    assert linked.status_code == 200 and linked.json()["indicator_ids"] == [
        measures_world.indicator.pk
    ]
    unknown = send(client, "put", url, {"version": 2, "risk_ids": [999_999]}, world.controller)
    assert unknown.status_code == 422 and "risk_ids" in unknown.json()["errors"]
    assert send(client, "put", url, {"version": 2}, world.owner).status_code == 403
    assert send(client, "put", url, {"version": 2}, world.outsider).status_code == 404
    listed = client.get("/api/economy/measures?year=2025", **auth(world.auditor)).json()
    assert {m["title"] for m in listed} == {"Minskad hyrbemanning", "Fler doser per förpackning"}
    assert client.get("/api/economy/measures", **auth(world.outsider)).json() == []
    assert Measure.objects.get(pk=measure.pk).version == 2


def test_programmes(world: World, measures_world: MeasuresWorld, client: Client) -> None:
    made = send(
        client,
        "post",
        "/api/economy/programmes",
        {"unit_id": world.committee.pk, "name": "Accelererad digitalisering och användning av AI"},
        world.controller,
    )
    assert made.status_code == 201
    renamed = send(
        client,
        "patch",
        f"/api/economy/programmes/{made.json()['id']}",
        {"version": 1, "order": 2},
        world.controller,
    )
    assert renamed.status_code == 200 and renamed.json()["order"] == 2
    refused = send(
        client,
        "post",
        "/api/economy/programmes",
        {"unit_id": world.committee.pk, "name": "X"},
        world.reader,
    )
    assert refused.status_code == 403
    names = [p["name"] for p in client.get("/api/economy/programmes", **auth(world.reader)).json()]
    assert names == ["Rätt storlek, rätt stöd", "Accelererad digitalisering och användning av AI"]
