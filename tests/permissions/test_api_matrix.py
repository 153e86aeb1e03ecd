"""Every API operation by every persona: 200/201/204, 401, 403, 404 as the rows say.

A missing log-in is 401; the other region's administrator gets 404 for everything of the
first region and reads none of its names; a refused write changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client

from tests.permissions.expect import CREATED, NO_CONTENT, OK, ApiRow
from tests.permissions.leaks import leaked
from tests.permissions.rows import API_ROWS
from tests.permissions.world import PERSONAS, PermWorld

ACCEPTED = {OK, CREATED, NO_CONTENT}


def _case(row: ApiRow, persona: str) -> object:
    marks = []
    if persona in row.known:
        marks.append(pytest.mark.xfail(strict=True, reason=row.known[persona]))
    return pytest.param(row, persona, id=f"{row.id}-{persona}", marks=marks)


READS = [pytest.param(row, id=row.id) for row in API_ROWS if row.method == "GET"]
WRITES = [_case(row, persona) for row in API_ROWS if row.method != "GET" for persona in PERSONAS]


@pytest.mark.parametrize("row", READS)
def test_read(perm_world: PermWorld, as_persona: Callable[[str], Client], row: ApiRow) -> None:
    """One read, every persona: the answers compared at once, so a diff shows the whole row."""
    url = row.url(perm_world)
    responses = {persona: as_persona(persona).get(url) for persona in PERSONAS}
    assert {p: r.status_code for p, r in responses.items()} == row.expect
    assert leaked(perm_world, responses["outsider"].content) == []
    assert leaked(perm_world, responses["installer"].content) == []


@pytest.mark.parametrize(("row", "persona"), WRITES)
def test_write(
    perm_world: PermWorld, as_persona: Callable[[str], Client], row: ApiRow, persona: str
) -> None:
    client = as_persona(persona)
    body = row.body(perm_world) if row.body else None
    before = row.probe(perm_world) if row.probe else None
    response = client.generic(
        row.method,
        row.url(perm_world),
        json.dumps(body) if body is not None else "",
        content_type="application/json",
    )
    expected = row.expect[persona]
    assert response.status_code == expected, response.content[:300]
    if persona in ("outsider", "installer"):
        assert leaked(perm_world, response.content) == []
    if row.probe is None:
        return
    after = row.probe(perm_world)
    if persona != "anonymous" and row.changes and expected in ACCEPTED:
        assert after != before, "an accepted write changed nothing"
    else:
        assert after == before, "a refused write changed something"


def test_a_token_of_another_person_is_not_a_log_in(perm_world: PermWorld) -> None:
    response = Client().get("/api/units", HTTP_AUTHORIZATION="Bearer styr_not-a-token")
    assert response.status_code == 401
