"""Settings helpers reject bad values, and production refuses to start without a secret key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_secret, local_secret_key

ROOT = Path(__file__).resolve().parent.parent


def test_env_bool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG") is True
    monkeypatch.setenv("X_FLAG", "0")
    assert env_bool("X_FLAG", True) is False
    monkeypatch.setenv("X_FLAG", "kanske")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG"):
        env_bool("X_FLAG")


def test_env_int_and_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_NUM", "12x")
    with pytest.raises(ImproperlyConfigured, match="X_NUM"):
        env_int("X_NUM", 1)
    monkeypatch.setenv("X_LIST", "a.se, b.se,,")
    assert env_list("X_LIST", []) == ["a.se", "b.se"]


def test_env_secret_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "key"
    secret.write_text("hemligt\n")
    monkeypatch.delenv("X_SECRET", raising=False)
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert env_secret("X_SECRET") == "hemligt"
    monkeypatch.setenv("X_SECRET", "annat")
    with pytest.raises(ImproperlyConfigured):
        env_secret("X_SECRET")


def test_local_secret_key_is_kept(tmp_path: Path) -> None:
    first = local_secret_key(tmp_path / "secret_key")
    assert len(first) > 40
    assert local_secret_key(tmp_path / "secret_key") == first


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup()",
        ],
        cwd=ROOT,
        env=clean | {"DJANGO_SETTINGS_MODULE": "config.settings"} | env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key(tmp_path: Path) -> None:
    result = _check({"STYR_VAR_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_debug_generates_and_keeps_a_key(tmp_path: Path) -> None:
    result = _check({"DEBUG": "true", "STYR_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").exists()


def test_bad_debug_value_is_rejected(tmp_path: Path) -> None:
    result = _check({"DEBUG": "maybe", "STYR_VAR_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_a_queue_setting_below_one_is_rejected(tmp_path: Path) -> None:
    result = _check({"DEBUG": "true", "STYR_VAR_DIR": str(tmp_path), "TASK_WORKERS": "0"})
    assert result.returncode != 0
    assert "TASK_WORKERS must be at least 1" in result.stderr
