"""Ids, years, versions and counts outside what the database holds are refused with 422.

Each of these reached the database before: an id beyond a 64-bit integer overflowed SQLite
and PostgreSQL, a year like 99999 or 0 built an impossible date.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.internal_control_views.conftest import ControlWorld

HUGE = 10**30

# (method, url, body, the field the 422 names), built from the test world.
Call = tuple[str, str, dict[str, Any] | None, str]
CALLS: dict[str, Callable[[World, ControlWorld, FollowupWorld], Call]] = {
    "unit id in the path": lambda w, c, f: ("get", f"/api/units/{HUGE}", None, "unit_id"),
    "history of a huge id": lambda w, c, f: ("get", f"/api/history/unit/{HUGE}", None, "object_id"),
    "unit id in the query": lambda w, c, f: ("get", f"/api/roles?unit_id={HUGE}", None, "unit_id"),
    "indicator id in the query": lambda w, c, f: (
        "get",
        f"/api/follow-up/outcomes?indicator_id={HUGE}",
        None,
        "indicator_id",
    ),
    "plan id in the query": lambda w, c, f: (
        "get",
        f"/api/internal-control/risks?plan_id={HUGE}",
        None,
        "plan_id",
    ),
    "plan year in the query": lambda w, c, f: (
        "get",
        f"/api/internal-control/plans?year={HUGE}",
        None,
        "year",
    ),
    "unit id in the body": lambda w, c, f: (
        "post",
        "/api/units",
        {"parent_id": HUGE, "name": "Akuten", "kind": "area"},
        "parent_id",
    ),
    "the version of a change": lambda w, c, f: (
        "patch",
        f"/api/units/{w.area.pk}",
        {"version": HUGE, "name": "Akuten"},
        "version",
    ),
    "a year of periods far ahead": lambda w, c, f: (
        "post",
        "/api/follow-up/periods",
        {"region_id": w.region.pk, "year": 99999},
        "year",
    ),
    "the year zero": lambda w, c, f: (
        "post",
        "/api/follow-up/periods",
        {"region_id": w.region.pk, "year": 0},
        "year",
    ),
    "the year of an operational plan": lambda w, c, f: (
        "get",
        f"/api/planning/plans/{w.committee.pk}/99999",
        None,
        "year",
    ),
    "the year of a control plan": lambda w, c, f: (
        "post",
        "/api/internal-control/plans",
        {"unit_id": w.division.pk, "year": 0, "title": "Plan", "matrix_id": c.matrix.pk},
        "year",
    ),
    "a probability beyond the column": lambda w, c, f: (
        "post",
        f"/api/internal-control/risks/{c.risks[0].pk}/assessments",
        {"probability": HUGE, "severity": 3, "assessed_on": "2025-08-20", "reason": "x"},
        "probability",
    ),
    "an order beyond the column": lambda w, c, f: (
        "post",
        "/api/planning/goals",
        {"unit_id": w.committee.pk, "level": "committee", "title": "Mål", "order": HUGE},
        "order",
    ),
    "the row of an outcome": lambda w, c, f: (
        "post",
        "/api/follow-up/outcomes",
        {
            "period_id": f.period.pk,
            "unit_id": w.committee.pk,
            "rows": [{"indicator_id": HUGE, "total": "1"}],
        },
        "rows.1.indicator_id",
    ),
}


@pytest.mark.parametrize("case", list(CALLS))
def test_out_of_range_numbers_never_reach_the_database(
    world: World,
    control_world: ControlWorld,
    followup_world: FollowupWorld,
    client: Client,
    case: str,
) -> None:
    method, url, body, field = CALLS[case](world, control_world, followup_world)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(world.admin, 't')[1]}"}
    if body is None:
        response = getattr(client, method)(url, **headers)
    else:
        response = getattr(client, method)(
            url, data=json.dumps(body), content_type="application/json", **headers
        )
    assert response.status_code == 422, response.content
    errors = response.json()["errors"]
    assert list(errors) == [field]
    assert errors[field][0].startswith(field)
