"""A risk's history shows what happened to it: reassessments and links, not only field edits."""

from __future__ import annotations

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from internal_control.services.risks import assess_risk, set_assignments
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def _history(client, risk) -> str:  # type: ignore[no-untyped-def]
    response = client.get(reverse("history:object", args=["risk", risk.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_reassessment_and_link_changes_are_in_the_risks_history(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    risk = control_world.risks[0]
    removed = control_world.assignments[0]
    kept = [a for a in control_world.assignments[1:] if a.pk != removed.pk]
    assert risk.assignments.filter(pk=removed.pk).exists()
    assess_risk(
        world.controller,
        risk,
        probability=2,
        severity=3,
        assessed_on=datetime.date(2025, 8, 20),
        reason="Följsamheten har ökat efter utbildningen.",
    )
    set_assignments(world.controller, risk, kept)
    html = _history(login(world.auditor), risk)
    assert "Bedömning · Skapad" in html
    assert "Följsamheten har ökat efter utbildningen." in html
    assert "Riskens uppdrag · Borttagen" in html
    assert str(removed) in html
    assert "Karin" in html


def test_the_history_costs_the_same_however_long_it_is(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    risk = control_world.risks[0]
    client = login(world.auditor)

    def reassess(days: range) -> None:
        for day in days:
            assess_risk(
                world.controller,
                risk,
                probability=1 + day % 4,
                severity=3,
                assessed_on=datetime.date(2025, 3, day),
                reason=f"Omprövning {day}",
            )

    reassess(range(1, 3))
    set_assignments(world.controller, risk, control_world.assignments[:1])
    _history(client, risk)
    with CaptureQueriesContext(connection) as short:
        _history(client, risk)
    reassess(range(3, 20))
    set_assignments(world.controller, risk, [])
    with CaptureQueriesContext(connection) as long:
        _history(client, risk)
    assert len(long.captured_queries) == len(short.captured_queries)
