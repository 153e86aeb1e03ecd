"""The permission world, built once per test module and rolled back after it.

Each test runs inside its own savepoint (pytest-django's `db`), so what one test writes is
gone before the next; the world itself, and a logged-in session per persona, are rolled back
when the module is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from pytest_django import DjangoDbBlocker

from tests.permissions.world import PERSONAS, PermWorld, build_perm_world


@pytest.fixture(scope="module")
def perm_world_once(
    django_db_setup: None, django_db_blocker: DjangoDbBlocker
) -> Iterator[PermWorld]:
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_perm_world()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def persona_sessions(
    perm_world_once: PermWorld, django_db_blocker: DjangoDbBlocker
) -> dict[str, str]:
    """A session key per persona: logging in once, not in every test."""
    keys = {}
    with django_db_blocker.unblock():
        for persona in PERSONAS:
            user = perm_world_once.user(persona)
            if user is not None:
                client = Client()
                client.force_login(user)
                keys[persona] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return keys


@pytest.fixture
def perm_world(perm_world_once: PermWorld, db: None) -> PermWorld:
    return perm_world_once


@pytest.fixture
def as_persona(perm_world: PermWorld, persona_sessions: dict[str, str]) -> Callable[[str], Client]:
    """A fresh client logged in as the persona (or not at all, for "anonymous")."""

    def client_of(persona: str) -> Client:
        client = Client()
        if persona in persona_sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = persona_sessions[persona]
        return client

    return client_of
