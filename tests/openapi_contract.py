"""Every answer of the API checked against the OpenAPI it publishes.

`check_response` finds the documented operation of a request's path and method and requires
the answer's status to be documented there and its JSON body to validate against the
documented schema. An address or method that no operation serves must be refused with a
JSON 404 or 405 carrying a `detail`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

API_PREFIX = "/api/"
NOT_OPERATIONS = ("/api/openapi.json", "/api/docs")


class ContractViolation(AssertionError):
    """An answer of the API that its OpenAPI does not describe."""


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    responses: dict[str, Any]


@cache
def published_spec() -> dict[str, Any]:
    from config.api import api

    return json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/")))


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for template, methods in spec["paths"].items():
        regex = re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(template))
        for method, details in methods.items():
            found.append(
                Operation(method.upper(), template, re.compile(f"^{regex}$"), details["responses"])
            )
    # A path of literal parts wins over one with a parameter in the same place.
    return sorted(found, key=lambda op: op.template.count("{"))


def find_operation(spec: dict[str, Any], method: str, path: str) -> Operation | None:
    for operation in operations(spec):
        if operation.method == method and operation.pattern.match(path):
            return operation
    return None


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    # The documented schema refers to "#/components/…": give it the spec's components.
    document = {**schema, "components": spec.get("components", {})}
    return Draft202012Validator(document, format_checker=FormatChecker())


def _body(content: bytes, content_type: str, where: str) -> Any:
    if not content_type.startswith("application/json"):
        raise ContractViolation(f"{where}: answered {content_type!r}, not JSON")
    try:
        return json.loads(content)
    except ValueError as exc:
        raise ContractViolation(f"{where}: the body is not JSON: {content[:200]!r}") from exc


def check_response(
    spec: dict[str, Any], method: str, path: str, status: int, content_type: str, content: bytes
) -> None:
    """Raise ContractViolation when the answer is not the one the OpenAPI documents."""
    if not path.startswith(API_PREFIX) or path.startswith(NOT_OPERATIONS):
        return
    where = f"{method} {path} -> {status}"
    operation = find_operation(spec, method, path)
    if operation is None:
        if status not in (404, 405):
            raise ContractViolation(f"{where}: no operation serves it, yet it was not refused")
        body = _body(content, content_type, where)
        if not isinstance(body, dict) or not isinstance(body.get("detail"), str):
            raise ContractViolation(f"{where}: the refusal has no detail: {body!r}")
        return
    documented = operation.responses.get(str(status))
    if documented is None:
        raise ContractViolation(
            f"{where}: {status} is not documented for {method} {operation.template} "
            f"(documented: {sorted(operation.responses)})"
        )
    media = documented.get("content")
    if not media:
        if content:
            raise ContractViolation(f"{where}: documented without a body, answered {content!r}")
        return
    schema = media["application/json"]["schema"]
    body = _body(content, content_type, where)
    errors = sorted(_validator(spec, schema).iter_errors(body), key=lambda e: list(e.path))
    if errors:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.path) or '(body)'}: {e.message}" for e in errors[:5]
        )
        raise ContractViolation(f"{where}: the body does not match the schema: {problems}")
