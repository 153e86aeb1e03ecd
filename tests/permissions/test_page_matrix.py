"""Every page route, read and written by every persona: 200, 302, 403, 404 as the rows say.

The other region's administrator gets 404 for everything of the first region and reads
none of its names; a refused write changes nothing, an accepted one changes its object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from reports import pdf
from tests.permissions.expect import FOUND, Row
from tests.permissions.leaks import leaked
from tests.permissions.rows import PAGE_ROWS
from tests.permissions.world import PERSONAS, PermWorld

# Routes an anonymous person may use; every other one sends them to log in.
PUBLIC = {
    "calendar_feed",  # a secret address: the secret is the permission
    "login",
    "password_login",
    "sign_in:start",
    "sign_in:callback",
    "logout",
    "set_language",
    "api:openapi-json",
    "api:openapi-view",
    "api:api-root",
}
# Addresses whose secret is the permission: whoever holds one reads what its person may see
# (a calendar app cannot log in). tests/duties/test_feeds.py shows that a revoked secret, a
# wrong one, or one whose person lost the body gives nothing.
SECRET_ADDRESSES = {"calendar_feed"}


# The installation's own pages: the organisations' names and numbers, nothing of their content.
INSTALLATION_PAGES = {"organisation:organisations", "organisation:organisation_create"}

AsPersona = Callable[[str], Client]


class _Laid:
    pages: list[Any] = []

    def write_pdf(self, **options: Any) -> bytes:
        return b"%PDF-1.7"


class _NoLayout:
    """The PDF's HTML is rendered from its template; laying it out is the PDF tests' part."""

    def __init__(self, **arguments: Any) -> None:
        pass

    def render(self, **options: Any) -> _Laid:
        return _Laid()


@pytest.fixture(autouse=True)
def documents_are_not_laid_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "HTML", _NoLayout)


READS = [pytest.param(row, id=row.id) for row in PAGE_ROWS if row.get is not None]
WRITES = [
    pytest.param(row, persona, id=f"{row.id}-{persona}")
    for row in PAGE_ROWS
    if row.write is not None
    for persona in PERSONAS
]


@pytest.mark.parametrize("row", READS)
def test_read(perm_world: PermWorld, as_persona: AsPersona, row: Row) -> None:
    """One row, every persona: the answers compared at once, so a diff shows the whole row."""
    url = row.url(perm_world)
    responses = {persona: as_persona(persona).get(url) for persona in PERSONAS}
    assert {p: r.status_code for p, r in responses.items()} == row.get
    if row.route not in PUBLIC:
        assert responses["anonymous"]["Location"].startswith(reverse("login"))
    if row.route not in SECRET_ADDRESSES:
        assert leaked(perm_world, responses["outsider"].content) == []
        # The installation's administrator reads the organisations' names on their list only.
        names = {perm_world.base.region.name} if row.route in INSTALLATION_PAGES else set()
        assert set(leaked(perm_world, responses["installer"].content)) <= names


@pytest.mark.parametrize(("row", "persona"), WRITES)
def test_write(
    perm_world: PermWorld, as_persona: AsPersona, row: Row, persona: str, settings: Any
) -> None:
    # Documents asked for are queued, not made: making them is the document tests' part.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    write = row.write
    assert write is not None
    client = as_persona(persona)
    data = write.data(perm_world)
    probe = write.probe or (lambda w: None)
    before = probe(perm_world)
    response = getattr(client, write.method)(row.url(perm_world), data)
    after = probe(perm_world)
    expected = write.expect[persona]
    assert response.status_code == expected
    if persona == "anonymous" and row.route not in PUBLIC:
        assert expected == FOUND and response["Location"].startswith(reverse("login"))
    if write.probe is None:
        return
    if persona != "anonymous" and write.changes and expected in write.accepted:
        assert after != before, "an accepted write changed nothing"
    else:
        assert after == before, "a refused write changed something"
