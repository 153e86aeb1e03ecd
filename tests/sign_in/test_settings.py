"""The single sign-on settings: bad or incomplete values stop the start, naming the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_choice
from tests.test_settings_env import _check

COMPLETE = {
    "DEBUG": "true",
    "OIDC_ENABLED": "true",
    "OIDC_ISSUER": "https://login.example.se/region",
    "OIDC_CLIENT_ID": "styr",
    "OIDC_CLIENT_SECRET": "hemligt",
}


def test_env_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_CHOICE", " email ")
    assert env_choice("X_CHOICE", ("username", "email"), "username") == "email"
    monkeypatch.setenv("X_CHOICE", "")
    assert env_choice("X_CHOICE", ("username", "email"), "username") == "username"
    monkeypatch.setenv("X_CHOICE", "oid")
    with pytest.raises(ImproperlyConfigured, match="X_CHOICE must be one of username, email"):
        env_choice("X_CHOICE", ("username", "email"), "username")


def test_complete_settings_start(tmp_path: Path) -> None:
    result = _check(COMPLETE | {"STYR_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"OIDC_CLIENT_SECRET": ""}, "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET"),
        ({"OIDC_ISSUER": ""}, "OIDC_ISSUER, or OIDC_AUTHORIZATION_ENDPOINT"),
        ({"OIDC_SCOPES": "profile email"}, "OIDC_SCOPES must include openid"),
        ({"OIDC_MATCH_FIELD": "oid"}, "OIDC_MATCH_FIELD must be one of"),
        ({"OIDC_CREATE_PEOPLE": "true"}, "OIDC_NEW_PERSON_REGION must name a region"),
        ({"OIDC_ENABLED": "false", "LOCAL_PASSWORDS": "false"}, "LOCAL_PASSWORDS can be"),
        ({"OIDC_GROUP_ROLES_FILE": "/nonexistent/roles.yaml"}, "OIDC_GROUP_ROLES_FILE"),
    ],
)
def test_incomplete_or_bad_settings_stop_the_start(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    result = _check(COMPLETE | change | {"STYR_VAR_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert message in result.stderr
