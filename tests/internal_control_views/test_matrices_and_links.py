"""Matrices change only as new editions; risks link to several assignments; follow-ups open."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from internal_control.models import RiskMatrix
from internal_control.scoring import ClassRule, MatrixRules, classify, coverage_problems
from internal_control.services.matrices import is_in_use, rules_of
from internal_control.services.plans import adopt_plan
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import HSN_MATRIX, ControlWorld

HSN_SEED_PAIRS = [
    # (severity label, probability label, class) as the HSN plan 2025 shows them.
    ("Måttlig", "Mycket liten", "R1"),
    ("Måttlig", "Liten", "R2"),
    ("Måttlig", "Stor", "R2"),
    ("Betydande", "Liten", "R2"),
    ("Betydande", "Stor", "R3"),
    ("Betydande", "Mycket stor", "R4"),
]


@pytest.mark.parametrize(("severity", "probability", "expected"), HSN_SEED_PAIRS)
def test_hsn_preset_reproduces_the_seed(
    control_world: ControlWorld, severity: str, probability: str, expected: str
) -> None:
    s = next(lv["value"] for lv in HSN_MATRIX["severity"] if lv["label"] == severity)
    p = next(lv["value"] for lv in HSN_MATRIX["probability"] if lv["label"] == probability)
    assert classify(rules_of(control_world.matrix), p, s) == expected


def test_gaps_in_class_bounds_are_found() -> None:
    rules = MatrixRules(
        scoring="product",
        probability_values=(1, 2, 3),
        severity_values=(1, 2, 3),
        classes=(ClassRule("L", 1, 1, 3), ClassRule("H", 2, 5, 9)),
    )
    assert coverage_problems(rules) == ["ingen klass täcker poängen 4"]


def test_adopted_matrix_is_changed_as_a_new_edition(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    matrix = control_world.matrix
    adopt_plan(
        world.controller,
        control_world.plan,
        adopted_on=datetime.date(2024, 12, 16),
        body="HSN",
        decision_reference="§ 212",
    )
    assert is_in_use(matrix)
    client = login(world.admin)
    url = reverse("internal_control:matrix_new_edition", args=[matrix.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = {
        "probability_name": "Sannolikhet",
        "severity_name": "Konsekvens",
        **{f"probability_{i}": lv["label"] for i, lv in enumerate(HSN_MATRIX["probability"], 1)},
        **{f"severity_{i}": lv["label"] for i, lv in enumerate(HSN_MATRIX["severity"], 1)},
    }
    for cls in HSN_MATRIX["classes"]:
        form |= {
            f"class_{cls['code']}_response": cls["response"],
            f"class_{cls['code']}_min": cls["min_score"],
            f"class_{cls['code']}_max": cls["max_score"],
        }
    form["class_R3_min"] = 8  # score 8 would be both R2 and R3: refused
    refused = client.post(url, form)
    assert refused.status_code == 200
    assert "Matrisen är ofullständig" in refused.content.decode()
    form["class_R3_min"] = 9
    response = client.post(url, form)
    assert response.status_code == 302
    matrix.refresh_from_db()
    assert matrix.severity_name == "Allvarlighetsgrad"  # the adopted edition is untouched
    new = RiskMatrix.objects.get(name=matrix.name, edition=2)
    assert new.severity_name == "Konsekvens"
    assert new.previous == matrix


@pytest.mark.parametrize("persona", ["controller", "owner", "reader", "auditor"])
def test_only_administrators_make_editions(
    world: World, control_world: ControlWorld, login, persona: str
) -> None:  # type: ignore[no-untyped-def]
    url = reverse("internal_control:matrix_new_edition", args=[control_world.matrix.pk])
    assert login(world.persona(persona)).get(url).status_code == 403
    assert login(world.outsider).get(url).status_code == 404


def test_link_a_risk_to_several_assignments(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    risk = control_world.risks[2]
    client = login(world.controller)
    url = reverse("internal_control:risk_links", args=[risk.pk])
    response = client.post(url, {"assignments": [a.pk for a in control_world.assignments]})
    assert response.status_code == 302
    assert set(risk.assignment_links.values_list("assignment_id", flat=True)) == {
        a.pk for a in control_world.assignments
    }
    assert login(world.owner).get(url).status_code == 403


def test_controller_opens_a_follow_up(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("internal_control:followup_create", args=[control_world.plan.pk])
    response = client.post(url, {"name": "Uppföljning april", "due_on": "2025-04-30"})
    assert response.status_code == 302
    assert control_world.plan.followups.count() == 2


def test_take_a_risk_from_the_boards_plan(world: World, control_world: ControlWorld, login) -> None:  # type: ignore[no-untyped-def]
    from internal_control.models import Risk
    from internal_control.services.plans import create_plan
    from internal_control.services.risks import assess_risk
    from organisation.models import Role, RoleAssignment

    board_plan = create_plan(
        SYSTEM,
        world.board,
        year=2025,
        title="RS internkontrollplan 2025",
        matrix=control_world.matrix,
    )
    board_risk = Risk.objects.create(
        plan=board_plan,
        number=7,
        title="Brist på IT-kapacitet",
        treatment="reduce",
        owner_title="IT-chef",
    )
    assess_risk(
        SYSTEM, board_risk, probability=2, severity=2, assessed_on=datetime.date(2025, 1, 1)
    )
    # Karin controls HSN and reads the board's plan too.
    RoleAssignment.objects.create(user=world.controller, unit=world.board, role=Role.READER)
    client = login(world.controller)
    url = reverse("internal_control:risk_take", args=[control_world.plan.pk])
    assert (
        "RS internkontrollplan 2025: 7. Brist på IT-kapacitet" in client.get(url).content.decode()
    )
    response = client.post(url, {"risk": board_risk.pk})
    assert response.status_code == 302
    taken = control_world.plan.risks.get(number=4)
    assert (taken.title, taken.owner_title) == ("Brist på IT-kapacitet", "IT-chef")
    assert taken.assessments.get().risk_class.code == "R2"
    # A reader of HSN cannot take risks into it.
    assert login(world.reader).post(url, {"risk": board_risk.pk}).status_code == 403
