"""The check that holds every answer of the API to its published OpenAPI can fail."""

from __future__ import annotations

import copy
import json

import pytest
from django.test import Client

import tests.conftest
from tests.conftest import World
from tests.openapi_contract import ContractViolation, check_response, published_spec

JSON = "application/json; charset=utf-8"


def test_an_undocumented_status_is_a_violation() -> None:
    with pytest.raises(ContractViolation, match="418 is not documented"):
        check_response(published_spec(), "GET", "/api/units", 418, JSON, b'{"detail": "x"}')


def test_a_body_outside_the_schema_is_a_violation() -> None:
    body = json.dumps([{"id": "ett", "name": "Akutvård"}]).encode()
    with pytest.raises(ContractViolation, match="does not match the schema"):
        check_response(published_spec(), "GET", "/api/units", 200, JSON, body)


def test_a_refusal_in_html_is_a_violation() -> None:
    with pytest.raises(ContractViolation, match="not JSON"):
        check_response(published_spec(), "GET", "/api/units/1", 404, "text/html", b"<html>")


def test_an_unknown_address_must_be_refused_with_a_detail() -> None:
    spec = published_spec()
    with pytest.raises(ContractViolation, match="not refused"):
        check_response(spec, "GET", "/api/nowhere", 200, JSON, b"{}")
    with pytest.raises(ContractViolation, match="no detail"):
        check_response(spec, "GET", "/api/nowhere", 404, JSON, b"{}")
    check_response(spec, "GET", "/api/nowhere", 404, JSON, b'{"detail": "Finns inte."}')


def test_a_documented_answer_passes() -> None:
    body = json.dumps({"detail": "Logga in."}).encode()
    check_response(published_spec(), "GET", "/api/units", 401, JSON, body)


def test_every_test_client_answer_is_checked(
    world: World, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = copy.deepcopy(published_spec())
    del spec["paths"]["/api/units"]["get"]["responses"]["401"]
    monkeypatch.setattr(tests.conftest, "published_spec", lambda: spec)
    with pytest.raises(ContractViolation, match="401 is not documented"):
        client.get("/api/units")
