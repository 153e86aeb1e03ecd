"""API rows: internal control plans, risks, assessments, actions and controls."""

from __future__ import annotations

from typing import Any

from internal_control.models import (
    Action,
    ActionUpdate,
    ControlActivity,
    ControlPlan,
    ControlResult,
    PlanAdoption,
    Risk,
    RiskAssessment,
)
from tests.permissions.expect import CREATED, NOT_FOUND, OK, ApiRow, api, codes, editors, in_region
from tests.permissions.world import PermWorld, fresh

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
EDIT_CREATED = api(editors(CREATED))
OWN_CREATED = api(editors(CREATED, owner=CREATED))
OWN_SAVED = api(editors(OK, owner=OK))


def _plan(w: PermWorld) -> dict[str, Any]:
    return {"plan_id": w.plan.pk}


def _risk(w: PermWorld) -> dict[str, Any]:
    return {"risk_id": w.risk.pk}


ROWS = [
    ApiRow("GET", "/api/internal-control/matrices", EVERYONE),
    ApiRow("GET", "/api/internal-control/risk-categories", EVERYONE),
    ApiRow("GET", "/api/internal-control/plans", EVERYONE),
    ApiRow(
        "POST",
        "/api/internal-control/plans",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "year": 2027,
            "title": "Hälso- och sjukvårdsnämndens internkontrollplan 2027",
            "matrix_id": w.matrix.pk,
        },
        probe=lambda w: ControlPlan.objects.count(),
    ),
    ApiRow("GET", "/api/internal-control/plans/{plan_id}", READ, params=_plan),
    ApiRow(
        "GET",
        "/api/internal-control/plans/{plan_id}",
        api(in_region(NOT_FOUND, admin=OK, auditor=OK)),
        params=lambda w: {"plan_id": w.board_plan.pk},
        variant="plan of the board",
    ),
    ApiRow("GET", "/api/internal-control/plans/{plan_id}/warnings", READ, params=_plan),
    ApiRow(
        "POST",
        "/api/internal-control/plans/{plan_id}/adoptions",
        EDIT_CREATED,
        params=_plan,
        body=lambda w: {
            "version": fresh(w.plan).version,
            "adopted_on": "2025-02-20",
            "body": "Hälso- och sjukvårdsnämnden",
            "decision_reference": "§ 12",
        },
        probe=lambda w: PlanAdoption.objects.count(),
    ),
    ApiRow("GET", "/api/internal-control/plans/{plan_id}/adoptions", READ, params=_plan),
    ApiRow("GET", "/api/internal-control/risks", EVERYONE),
    ApiRow("GET", "/api/internal-control/risks/{risk_id}", READ, params=_risk),
    ApiRow(
        "PATCH",
        "/api/internal-control/risks/{risk_id}",
        OWN_SAVED,
        params=_risk,
        body=lambda w: {
            "version": fresh(w.risk).version,
            "consequence": "Vårdskador som kunnat förebyggas inträffar.",
        },
        probe=lambda w: fresh(w.risk).version,
    ),
    ApiRow(
        "PATCH",
        "/api/internal-control/risks/{risk_id}",
        api(editors(OK)),
        params=lambda w: {"risk_id": w.other_risk.pk},
        body=lambda w: {"version": fresh(w.other_risk).version, "owner_title": "Hygienläkare"},
        probe=lambda w: fresh(w.other_risk).version,
        variant="someone else's",
    ),
    ApiRow(
        "POST",
        "/api/internal-control/plans/{plan_id}/risks",
        EDIT_CREATED,
        params=_plan,
        body=lambda w: {
            "title": "PKS-arbetet går långsamt",
            "treatment": "reduce",
            "owner_title": "Hälso- och sjukvårdsdirektör",
        },
        probe=lambda w: Risk.objects.count(),
    ),
    ApiRow("GET", "/api/internal-control/risks/{risk_id}/assessments", READ, params=_risk),
    ApiRow(
        "POST",
        "/api/internal-control/risks/{risk_id}/assessments",
        OWN_CREATED,
        params=_risk,
        body=lambda w: {
            "probability": 2,
            "severity": 3,
            "assessed_on": "2025-08-20",
            "reason": "Utbildningen har genomförts.",
        },
        probe=lambda w: RiskAssessment.objects.count(),
    ),
    ApiRow("GET", "/api/internal-control/actions", EVERYONE),
    ApiRow(
        "POST",
        "/api/internal-control/plans/{plan_id}/actions",
        EDIT_CREATED,
        params=_plan,
        body=lambda w: {
            "title": "Utbildning i basala hygienrutiner",
            "owner_title": "Hygiensjuksköterska",
            "deadline": "2099-12-31",
            "risk_ids": [w.other_risk.pk],
        },
        probe=lambda w: Action.objects.count(),
    ),
    ApiRow(
        "POST",
        "/api/internal-control/actions/{action_id}/reports",
        OWN_CREATED,
        params=lambda w: {"action_id": w.action.pk},
        body=lambda w: {"status": "in_progress", "comment": "Utbildningen är planerad."},
        probe=lambda w: ActionUpdate.objects.count(),
    ),
    ApiRow("GET", "/api/internal-control/controls", EVERYONE),
    ApiRow(
        "POST",
        "/api/internal-control/plans/{plan_id}/controls",
        EDIT_CREATED,
        params=_plan,
        body=lambda w: {"what": "Stickprov av journaler", "method": "Granskning"},
        probe=lambda w: ControlActivity.objects.count(),
    ),
    ApiRow(
        "POST",
        "/api/internal-control/controls/{control_id}/results",
        OWN_CREATED,
        params=lambda w: {"control_id": w.control.pk},
        body=lambda w: {"performed_on": "2025-08-20", "outcome": "ok"},
        probe=lambda w: ControlResult.objects.count(),
    ),
]
