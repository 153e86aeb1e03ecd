"""Internal control through the API: same permissions and checks as the pages."""

from __future__ import annotations

import json

from django.test import Client

from internal_control.models import Risk
from organisation.services.tokens import create_api_token
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def auth(user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def post(client: Client, url: str, data: dict, user) -> object:  # type: ignore[no-untyped-def, type-arg]
    return client.post(url, data=json.dumps(data), content_type="application/json", **auth(user))


def test_read_plan_risks_and_warnings(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan_id = control_world.plan.pk
    risks = client.get(
        f"/api/internal-control/risks?plan_id={plan_id}", **auth(world.reader)
    ).json()
    assert [r["number"] for r in risks] == [1, 2, 3]
    warnings = client.get(
        f"/api/internal-control/plans/{plan_id}/warnings", **auth(world.reader)
    ).json()
    assert {
        "code": "treatment_missing",
        "message": "Risk 3 saknar hantering (behålla, begränsa eller eliminera).",
    } in warnings
    assert (
        client.get(f"/api/internal-control/risks?plan_id={plan_id}", **auth(world.outsider)).json()
        == []
    )
    assert (
        client.get(f"/api/internal-control/plans/{plan_id}", **auth(world.outsider)).status_code
        == 404
    )


def test_assessment_is_computed_from_the_matrix(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    risk = control_world.risks[0]
    response = post(
        client,
        f"/api/internal-control/risks/{risk.pk}/assessments",
        {"probability": 4, "severity": 4, "assessed_on": "2025-08-20", "reason": "Sämre läge"},
        world.owner,
    )
    assert response.status_code == 201  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert (body["score"], body["risk_class"]) == (16, "R4")


def test_assessment_outside_the_matrix_names_the_field(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    risk = control_world.risks[0]
    response = post(
        client,
        f"/api/internal-control/risks/{risk.pk}/assessments",
        {"probability": 9, "severity": 3, "assessed_on": "2025-08-20", "reason": "x"},
        world.controller,
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "probability" in response.json()["errors"]  # type: ignore[attr-defined]


def test_owner_cannot_assess_someone_elses_risk(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    risk = control_world.risks[1]
    response = post(
        client,
        f"/api/internal-control/risks/{risk.pk}/assessments",
        {"probability": 1, "severity": 1, "assessed_on": "2025-08-20", "reason": "x"},
        world.owner,
    )
    assert response.status_code == 403  # type: ignore[attr-defined]


def test_create_risk_without_treatment_is_refused(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    before = Risk.objects.count()
    response = post(
        client,
        f"/api/internal-control/plans/{control_world.plan.pk}/risks",
        {"title": "Ny risk", "treatment": "", "owner_title": "HR-direktör"},
        world.controller,
    )
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "treatment" in response.json()["errors"]  # type: ignore[attr-defined]
    assert Risk.objects.count() == before


def test_action_without_deadline_is_refused_and_report_works(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan_id = control_world.plan.pk
    refused = post(
        client,
        f"/api/internal-control/plans/{plan_id}/actions",
        {"title": "Ny åtgärd", "owner_title": "HR-direktör", "deadline": None, "risk_ids": []},
        world.controller,
    )
    assert refused.status_code == 422  # type: ignore[attr-defined]
    assert "deadline" in refused.json()["errors"]  # type: ignore[attr-defined]
    action = control_world.plan.actions.get()
    reported = post(
        client,
        f"/api/internal-control/actions/{action.pk}/reports",
        {"status": "done", "comment": "Klart."},
        world.owner,
    )
    assert reported.status_code == 201  # type: ignore[attr-defined]
    assert reported.json()["status"] == "done"  # type: ignore[attr-defined]


def test_adoption_keeps_the_plan_as_adopted(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    adopted = post(
        client,
        f"/api/internal-control/plans/{plan.pk}/adoptions",
        {
            "version": plan.version,
            "adopted_on": "2024-12-16",
            "body": "HSN",
            "decision_reference": "§ 212",
        },
        world.controller,
    )
    assert adopted.status_code == 201  # type: ignore[attr-defined]
    risk = control_world.risks[0]
    client.patch(
        f"/api/internal-control/risks/{risk.pk}",
        data=json.dumps({"version": risk.version, "title": "Ändrad efter antagandet"}),
        content_type="application/json",
        **auth(world.controller),
    )
    snapshot = client.get(
        f"/api/internal-control/plans/{plan.pk}/adoptions", **auth(world.auditor)
    ).json()[0]["snapshot"]
    assert snapshot["risks"][0]["title"] == "Risk att vårdskador inte förebyggs"
    assert Risk.objects.get(pk=risk.pk).title == "Ändrad efter antagandet"
    # A second adoption with the old version is refused.
    again = post(
        client,
        f"/api/internal-control/plans/{plan.pk}/adoptions",
        {
            "version": plan.version,
            "adopted_on": "2024-12-17",
            "body": "HSN",
            "decision_reference": "§ 213",
        },
        world.controller,
    )
    assert again.status_code == 409  # type: ignore[attr-defined]


def test_controls_and_deviations(world: World, control_world: ControlWorld, client: Client) -> None:
    plan_id = control_world.plan.pk
    created = post(
        client,
        f"/api/internal-control/plans/{plan_id}/controls",
        {
            "what": "Attestregler följs",
            "method": "Stickprov",
            "frequency": "Årligen",
            "owner_title": "Ekonomichef",
        },
        world.controller,
    )
    assert created.status_code == 201  # type: ignore[attr-defined]
    control_id = created.json()["id"]  # type: ignore[attr-defined]
    refused = post(
        client,
        f"/api/internal-control/controls/{control_id}/results",
        {"performed_on": "2025-08-15", "outcome": "deviation"},
        world.controller,
    )
    assert refused.status_code == 422  # type: ignore[attr-defined]
    assert set(refused.json()["errors"]) == {"findings", "measures"}  # type: ignore[attr-defined]
    reader = post(
        client,
        f"/api/internal-control/controls/{control_id}/results",
        {"performed_on": "2025-08-15", "outcome": "ok"},
        world.reader,
    )
    assert reader.status_code == 403  # type: ignore[attr-defined]
    listed = client.get(
        f"/api/internal-control/controls?plan_id={plan_id}", **auth(world.auditor)
    ).json()
    assert [c["what"] for c in listed] == ["Stickprov av journaler", "Attestregler följs"]
