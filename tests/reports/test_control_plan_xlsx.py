"""The internal control plan as Excel: one row per risk, as of today or as adopted."""

from __future__ import annotations

import datetime
import io

from django.urls import reverse
from openpyxl import load_workbook

from internal_control.services.plans import adopt_plan
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def _rows(response) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return list(load_workbook(io.BytesIO(response.content))["Risker"].iter_rows(values_only=True))


def test_one_row_per_risk(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.reader).get(
        reverse("reports:control_plan_xlsx", args=[control_world.plan.pk])
    )
    assert response.status_code == 200
    rows = _rows(response)
    assert rows[1][:2] == ("Nr", "Risk")
    assert [r[0] for r in rows[2:]] == [1, 2, 3]
    first = rows[2]
    assert first[10] == "R3"
    assert "Tillhandahåll en säker vård." in first[4] and "Korta väntetiderna." in first[4]
    assert first[14] in ("", None)  # the risk lies in the plan's own unit
    assert "Å1 Förbättra förutsättningar" in first[15]


def test_as_adopted_stays_as_adopted(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    plan = control_world.plan
    adopt_plan(
        world.controller,
        plan,
        adopted_on=datetime.date(2024, 12, 16),
        body="HSN",
        decision_reference="§ 212",
    )
    risk = control_world.risks[0]
    risk.title = "Ändrad efter antagandet"
    risk.save()
    client = login(world.auditor)
    url = reverse("reports:control_plan_xlsx", args=[plan.pk])
    adopted = _rows(client.get(url + "?version=antagen"))
    assert "antagen 2024-12-16, § 212" in adopted[0][0]
    assert adopted[2][1] == "Risk att vårdskador inte förebyggs"
    assert _rows(client.get(url))[2][1] == "Ändrad efter antagandet"
    assert login(world.outsider).get(url).status_code == 404
