"""The scorecard, manual judgements and periods through the API, with the pages' rules."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.test import Client

from followup.models import Outcome, Period, PeriodStatus
from followup.services.comparisons import set_comparison
from organisation.models import User
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld


def _auth(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def _send(client: Client, method: str, url: str, body: dict[str, Any], user: User) -> Any:
    return getattr(client, method)(
        url, data=json.dumps(body), content_type="application/json", **_auth(user)
    )


def test_scorecard_is_computed_and_explained(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    i1 = followup_world.indicators[0]
    Outcome.objects.create(
        indicator=i1, period=followup_world.period, unit=world.committee, total=65, women=66, men=64
    )
    Outcome.objects.create(
        indicator=i1, period=followup_world.last_year, unit=world.committee, total=60
    )
    query = f"unit_id={world.committee.pk}&period_id={followup_world.period.pk}"
    url = f"/api/follow-up/scorecard?{query}"
    card = client.get(url, **_auth(world.reader)).json()
    row = next(r for r in card["rows"] if r["indicator_id"] == i1.pk)
    assert row["fulfilment"] == "partly_met"
    assert "70" in row["reason"] and "65" in row["reason"]
    assert row["trend"] == "improving" and row["previous"] == "60.000"
    assert row["gap_women_minus_men"] == "2.000"
    # A share is expected to stay where it is for the rest of the year.
    assert row["full_year_forecast"] == "65.000"
    assert card["counts"]["partly_met"] == 1
    assert client.get(url, **_auth(world.outsider)).status_code == 404
    # The goal's verdict from its measures, and the comparison values beside the outcome.
    assert card["goals"] == [
        {
            "goal_id": i1.goal_id,
            "fulfilment": "partly_met",
            "reason": "0 av 1 mått uppfyllda; målet är uppfyllt när alla är det.",
            "judged_manually": False,
        }
    ]
    set_comparison(
        world.controller, i1, followup_world.period, "national", Decimal(62), source="Kolada"
    )
    row = next(
        r
        for r in client.get(url, **_auth(world.reader)).json()["rows"]
        if r["indicator_id"] == i1.pk
    )
    assert (row["comparisons"], row["comparison_sources"]) == ({"national": "62.000"}, ["Kolada"])


def test_manual_judgement_needs_a_reason_and_the_current_version(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    outcome = Outcome.objects.create(
        indicator=followup_world.indicators[0],
        period=followup_world.period,
        unit=world.committee,
        total=65,
    )
    url = f"/api/follow-up/outcomes/{outcome.pk}/judgement"
    body = {"manual_fulfilment": "met", "manual_reason": "", "version": outcome.version}
    refused = _send(client, "post", url, body, world.controller)
    assert refused.status_code == 422 and "manual_reason" in refused.json()["errors"]
    body["manual_reason"] = "I nivå med riket enligt Vården i siffror."
    saved = _send(client, "post", url, body, world.controller)
    assert saved.status_code == 200 and saved.json()["version"] == outcome.version + 1
    assert _send(client, "post", url, body, world.controller).status_code == 409
    assert _send(client, "post", url, body, world.reader).status_code in (403, 404)
    outcome.refresh_from_db()
    assert outcome.manual_fulfilment == "met"


def test_periods_are_made_opened_and_closed_by_the_calendars_keepers(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    made = _send(
        client,
        "post",
        "/api/follow-up/periods",
        {"region_id": world.region.pk, "year": 2027},
        world.admin,
    )
    assert made.status_code == 201 and len(made.json()) == 15
    refused = _send(
        client,
        "post",
        "/api/follow-up/periods",
        {"region_id": world.region.pk, "year": 2028},
        world.reader,
    )
    assert refused.status_code in (403, 404)
    period = followup_world.period
    url = f"/api/follow-up/periods/{period.pk}"
    body = {"status": "closed", "version": period.version}
    assert _send(client, "patch", url, body, world.reader).status_code in (403, 404)
    closed = _send(client, "patch", url, body, world.admin)
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert Period.objects.get(pk=period.pk).status == PeriodStatus.CLOSED
    assert _send(client, "patch", url, body, world.admin).status_code == 409
