"""Sign-in through the provider switched on, against the in-process provider."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from organisation.sign_in.provider import forget_discovery
from tests.sign_in.fake_provider import CLIENT_ID, CLIENT_SECRET, ISSUER, FakeProvider


@pytest.fixture
def oidc_on(settings: Any) -> Iterator[Any]:
    settings.OIDC_ENABLED = True
    settings.OIDC_ISSUER = ISSUER
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_MATCH_CLAIM = "preferred_username"
    settings.OIDC_MATCH_FIELD = "username"
    settings.OIDC_CREATE_PEOPLE = False
    settings.OIDC_NEW_PERSON_REGION = ""
    settings.OIDC_GROUP_ROLES_FILE = ""
    settings.OIDC_PROVIDER_NAME = "Region JH-konto"
    forget_discovery()
    yield settings
    forget_discovery()


@pytest.fixture
def provider(oidc_on: Any, monkeypatch: pytest.MonkeyPatch) -> FakeProvider:
    fake = FakeProvider()
    monkeypatch.setattr(requests, "get", fake.get)
    monkeypatch.setattr(requests, "post", fake.post)
    return fake


@pytest.fixture
def group_roles(oidc_on: Any, tmp_path: Path) -> Callable[[str], Path]:
    """Write a group mapping and point the settings at it."""

    def _write(text: str) -> Path:
        path = tmp_path / "group-roles.yaml"
        path.write_text(text, encoding="utf-8")
        oidc_on.OIDC_GROUP_ROLES_FILE = str(path)
        return path

    return _write
