"""The published OpenAPI is right: unique names, choices as enums, every refusal documented."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from django.db import models
from django.test import Client
from ninja import Schema

from followup.models import Fulfilment, PeriodKind, PeriodStatus
from internal_control.models import ActionStatus, AssessmentStage, PlanStatus, Treatment
from organisation.models import Role, UnitKind
from organisation.services.tokens import create_api_token
from planning.models import Direction, Frequency, GoalLevel, PerspectiveKind
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.openapi_contract import published_spec

APPS = {"audit", "organisation", "internal_control", "planning", "followup", "economy", "committee"}


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _subclasses(sub)
    return found


def test_no_two_schema_classes_share_a_component_name() -> None:
    """Two classes of one name would overwrite each other in the OpenAPI's components."""
    published_spec()  # every router is loaded
    ours = [c for c in _subclasses(Schema) if c.__module__.split(".")[0] in APPS]
    assert len(ours) > 40
    shared = {name: n for name, n in Counter(c.__name__ for c in ours).items() if n > 1}
    assert shared == {}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return spec["components"]["schemas"][ref.rsplit("/", 1)[1]] if ref else schema


def test_adopting_a_control_plan_as_the_schema_says_is_accepted(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    spec = published_spec()
    operation = spec["paths"]["/api/internal-control/plans/{plan_id}/adoptions"]["post"]
    body_schema = _resolve(spec, operation["requestBody"]["content"]["application/json"]["schema"])
    assert set(body_schema["required"]) == {"version", "adopted_on", "body", "decision_reference"}
    plan = control_world.plan
    example = {
        "version": plan.version,
        "adopted_on": "2024-12-16",
        "body": "Hälso- och sjukvårdsnämnden",
        "decision_reference": "§ 212",
    }
    response = client.post(
        f"/api/internal-control/plans/{plan.pk}/adoptions",
        data=json.dumps({k: example[k] for k in body_schema["required"]}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {create_api_token(world.controller, 't')[1]}",
    )
    assert response.status_code == 201
    assert (
        "snapshot"
        in _resolve(spec, operation["responses"]["201"]["content"]["application/json"]["schema"])[
            "properties"
        ]
    )


@pytest.mark.parametrize(
    ("component", "field", "choices", "blank"),
    [
        ("UnitOut", "kind", UnitKind, False),
        ("RoleCreate", "role", Role, False),
        ("ControlPlanOut", "status", PlanStatus, False),
        ("RiskOut", "treatment", Treatment, True),
        ("ActionIn", "status", ActionStatus, False),
        ("AssessmentIn", "stage", AssessmentStage, False),
        ("PerspectiveIn", "kind", PerspectiveKind, False),
        ("GoalIn", "level", GoalLevel, False),
        ("IndicatorOut", "direction", Direction, False),
        ("IndicatorIn", "frequency", Frequency, False),
        ("PeriodOut", "kind", PeriodKind, False),
        ("PeriodStatusIn", "status", PeriodStatus, False),
        ("JudgementIn", "manual_fulfilment", Fulfilment, True),
        ("ScoreRowOut", "fulfilment", Fulfilment, False),
    ],
)
def test_choice_fields_are_enums_of_the_models_choices(
    component: str, field: str, choices: type[models.TextChoices], blank: bool
) -> None:
    schema = published_spec()["components"]["schemas"][component]["properties"][field]
    enum = schema.get("enum") or next(s["enum"] for s in schema["anyOf"] if "enum" in s)
    assert enum == ([""] if blank else []) + list(choices.values)


def test_every_operation_documents_its_refusals_with_their_schemas() -> None:
    spec = published_spec()
    expected_schema = {
        "400": ("Refusal",),
        "401": ("Refusal",),
        "403": ("Refusal",),
        "404": ("Refusal",),
        # One object changed meanwhile, or (a batch) some of its rows.
        "409": ("EditConflictOut", "RowsConflictOut"),
        "415": ("Refusal",),
        "422": ("InvalidData",),
    }
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            where = f"{method.upper()} {path}"
            responses = operation["responses"]
            assert "401" in responses, where
            has_body = "requestBody" in operation
            has_parameters = bool(operation.get("parameters")) or has_body
            assert ("422" in responses) == has_parameters, where
            assert ("400" in responses) == has_body and ("415" in responses) == has_body, where
            if "{" in path:
                assert "404" in responses, where
            if method in {"post", "patch", "delete"}:
                assert "403" in responses, where
            for status, response in responses.items():
                if status in expected_schema:
                    ref = response["content"]["application/json"]["schema"]["$ref"]
                    assert ref.rsplit("/", 1)[-1] in expected_schema[status], (where, status)
            versioned = has_body and "version" in _resolve(
                spec, operation["requestBody"]["content"]["application/json"]["schema"]
            ).get("properties", {})
            if versioned and method == "patch":
                assert "409" in responses, where
