"""Rows of the persona matrix: how to reach a route and what each persona must get.

A row names its route (a URL name from the resolver, or an API operation as method and
OpenAPI path), builds its address from the permission world, and says the expected status
per persona. A row that writes also gives a minimal valid request and a probe: a value read
from the database that a refused write leaves unchanged and an accepted write changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.permissions.world import PERSONAS, PermWorld

OK, CREATED, NO_CONTENT = 200, 201, 204
FOUND, SEE_OTHER = 302, 303
UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = 401, 403, 404, 405

Expected = dict[str, int]


def codes(default: int, *, anonymous: int = FOUND, **personas: int) -> Expected:
    """The status for every persona: `default`, except where named."""
    unknown = set(personas) - set(PERSONAS)
    assert not unknown, unknown
    return {p: personas.get(p, default) for p in PERSONAS if p != "anonymous"} | {
        "anonymous": anonymous
    }


def in_region(code: int, *, anonymous: int = FOUND, **personas: int) -> Expected:
    """`code` for everyone with a role in the first region, 404 for the other region's admin
    and for the installation's administrator, who reads no organisation."""
    return codes(
        code, anonymous=anonymous, **({"outsider": NOT_FOUND, "installer": NOT_FOUND} | personas)
    )


def editors(
    code: int, *, refused: int = FORBIDDEN, anonymous: int = FOUND, **personas: int
) -> Expected:
    """`code` for the administrator and the controller, `refused` for the others who see it."""
    return in_region(
        refused, anonymous=anonymous, **({"admin": code, "controller": code} | personas)
    )


def history(code: int = OK, *, anonymous: int = FOUND, **personas: int) -> Expected:
    """History is read by administrators, controllers and auditors."""
    return editors(code, anonymous=anonymous, **({"auditor": code} | personas))


def api(expected: Expected) -> Expected:
    """The same expectation through the API, where a missing log-in is 401, not a redirect."""
    return expected | {"anonymous": UNAUTHORIZED}


Url = Callable[[PermWorld], str]
Data = Callable[[PermWorld], dict[str, Any]]
Probe = Callable[[PermWorld], Any]


@dataclass(frozen=True)
class Write:
    """The writing request of a route: its data, the status per persona, what it changes."""

    data: Data
    expect: Expected
    probe: Probe | None  # None: the write changes no data of the product (log-in, language)
    method: str = "post"
    # Status codes of an accepted write; any other code must leave the probe unchanged.
    accepted: frozenset[int] = frozenset({FOUND, SEE_OTHER, CREATED, OK, NO_CONTENT})
    # False where an accepted request has nothing to save on this object.
    changes: bool = True


@dataclass(frozen=True)
class Row:
    route: str  # a URL name ("organisation:unit") or an operation ("GET /api/units")
    url: Url
    get: Expected | None  # None: the route has no GET (an API write)
    write: Write | None = None
    variant: str = ""  # tells apart rows of one route on different objects
    query: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.route} [{self.variant}]" if self.variant else self.route


Params = Callable[[PermWorld], dict[str, Any]]


def _none(w: PermWorld) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class ApiRow:
    """One API operation on one object: a read, or a write with its body and probe."""

    method: str  # GET, POST, PATCH or DELETE
    path: str  # as in the OpenAPI, e.g. /api/units/{unit_id}
    expect: Expected
    params: Params = _none  # the path's parameters
    query: Params = _none
    body: Data | None = None
    probe: Probe | None = None  # for writes: unchanged when refused, changed when accepted
    changes: bool = True
    variant: str = ""
    # Persona -> why their case is known to fail today (run as a strict xfail).
    known: dict[str, str] = field(default_factory=dict)

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def id(self) -> str:
        return f"{self.route} [{self.variant}]" if self.variant else self.route

    def url(self, w: PermWorld) -> str:
        """The address, from the OpenAPI path: the API is addressed as it documents itself."""
        address = self.path.format(**self.params(w))
        query = self.query(w)
        return f"{address}?{urlencode(query)}" if query else address
