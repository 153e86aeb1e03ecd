"""Outcomes through the API: all or nothing, with the row and field named."""

from __future__ import annotations

import json

from django.test import Client

from followup.models import Outcome
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def test_batch_is_all_or_nothing(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(world.controller, 't')[1]}"}
    i1, i2, _ = followup_world.indicators
    payload = {
        "period_id": followup_world.period.pk,
        "unit_id": world.committee.pk,
        "rows": [
            {"indicator_id": i1.pk, "total": "72", "women": "75", "men": "70"},
            {"indicator_id": i2.pk, "total": "10", "women": "4", "men": "5"},
        ],
    }
    refused = client.post(
        "/api/follow-up/outcomes",
        data=json.dumps(payload),
        content_type="application/json",
        **headers,
    )
    assert refused.status_code == 422
    assert "rows.2.total" in refused.json()["errors"]
    assert not Outcome.objects.exists()
    payload["rows"][1]["men"] = "6"
    saved = client.post(
        "/api/follow-up/outcomes",
        data=json.dumps(payload),
        content_type="application/json",
        **headers,
    )
    assert saved.status_code == 201
    assert Outcome.objects.count() == 2
    listed = client.get(f"/api/follow-up/outcomes?indicator_id={i2.pk}", **headers).json()
    assert listed[0]["women"] == "4.000"


def test_outsider_cannot_post(world: World, followup_world: FollowupWorld, client: Client) -> None:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(world.outsider, 't')[1]}"}
    payload = {"period_id": followup_world.period.pk, "unit_id": world.committee.pk, "rows": []}
    response = client.post(
        "/api/follow-up/outcomes",
        data=json.dumps(payload),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 404
