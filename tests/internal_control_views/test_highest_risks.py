"""The risks in the most serious class, as the committee reads them beside its goals."""

from __future__ import annotations

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from followup.services.periods import make_year
from internal_control.highest_risks import highest_risks
from internal_control.models import Risk
from internal_control.services.actions import create_action
from internal_control.services.risks import assess_risk
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def _numbers(found: list) -> list[int]:  # type: ignore[type-arg]
    return [item.risk.number for item in found]


def test_the_latest_assessment_decides_and_only_the_top_class_counts(
    world: World, control_world: ControlWorld
) -> None:
    top = control_world.matrix.classes.order_by("-rank").first()
    assert top is not None and top.code == "R4"
    found = highest_risks(SYSTEM, world.committee, 2025)
    assert _numbers(found) == [2]  # 4 × 3 is R4; 3 × 3 and 2 × 3 are not
    assert found[0].risk_class == top
    assert [a.number for a in found[0].actions] == [1]
    risk1, risk2, _ = control_world.risks
    assess_risk(
        SYSTEM,
        risk1,
        probability=4,
        severity=4,
        assessed_on=datetime.date(2025, 8, 20),
        reason="Fler vårdskador rapporterade.",
    )
    assess_risk(
        SYSTEM,
        risk2,
        probability=2,
        severity=3,
        assessed_on=datetime.date(2025, 8, 20),
        reason="Följsamheten har ökat.",
    )
    assert _numbers(highest_risks(SYSTEM, world.committee, 2025)) == [1]
    assert highest_risks(SYSTEM, world.committee, 2024) == []
    assert highest_risks(SYSTEM, world.division, 2025) == []


def test_a_person_sees_only_the_risks_they_may_read(
    world: World, control_world: ControlWorld
) -> None:
    assert _numbers(highest_risks(world.reader, world.committee, 2025)) == [2]
    assert highest_risks(world.outsider, world.committee, 2025) == []


def test_the_scorecard_shows_them_at_a_fixed_cost(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    make_year(SYSTEM, world.region, 2025)
    client = login(world.reader)
    url = reverse("followup:scorecard") + f"?enhet={world.committee.pk}"
    page = client.get(url).content.decode()
    assert "DÅ04 2025" in page  # the year's first tertial, as nothing is reported yet
    assert "Risker i den allvarligaste klassen" in page
    assert "2. Följsamhet till basala hygienregler ökar inte" in page
    assert (
        "Å1</a> Förbättra förutsättningar för utbildningsinsatser – <strong>Pågår</strong>" in page
    )
    assert "Risk att vårdskador inte förebyggs" not in page  # R3 is not the top class

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(10, 40):
        risk = Risk.objects.create(plan=control_world.plan, number=number, title=f"Risk {number}")
        create_action(
            world.controller,
            control_world.plan,
            risks=[risk],
            title=f"Åtgärd mot risk {number}",
            owner=world.owner,
            deadline=datetime.date(2099, 12, 31),
        )
        assess_risk(SYSTEM, risk, probability=4, severity=4, assessed_on=datetime.date(2025, 2, 1))
    with CaptureQueriesContext(connection) as after:
        page = client.get(url).content.decode()
    assert "39. Risk 39" in page
    assert len(after) == len(before)
