"""The OpenID Connect provider of tests/oidc/, run on the loopback for the browser tests.

It is panva's node-oidc-provider, installed by `make system-deps` (npm ci in tests/oidc/).
It knows one client, styr's, whose only redirect address is the live server's callback,
and the people in tests/oidc/people.json; its log-in and consent pages are its own.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

PROVIDER_DIR = Path(__file__).resolve().parent.parent / "oidc"
START_SECONDS = 20
CLIENT_ID = "styr-browser-tests"


@dataclass(frozen=True)
class RunningProvider:
    issuer: str
    client_id: str
    client_secret: str


@pytest.fixture(scope="session")
def oidc_provider(live_server: Any) -> Iterator[RunningProvider]:
    """The provider, started once for the session on a free port and stopped at its end."""
    node = shutil.which("node")
    if node is None or not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail("The test provider is not installed: run `make system-deps`.")
    secret = secrets.token_urlsafe(24)
    env = os.environ | {
        "OIDC_CLIENT_ID": CLIENT_ID,
        "OIDC_CLIENT_SECRET": secret,
        "OIDC_REDIRECT_URI": live_server.url + reverse("sign_in:callback"),
    }
    with tempfile.TemporaryFile(mode="w+") as output:
        process = subprocess.Popen(
            [node, "provider.mjs"],
            cwd=PROVIDER_DIR,
            env=env,
            stdin=subprocess.PIPE,  # closed when the tests end, however they end
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            issuer = _issuer_of(process, output)
            yield RunningProvider(issuer=issuer, client_id=CLIENT_ID, client_secret=secret)
        finally:
            _stop(process)


def _issuer_of(process: subprocess.Popen[str], output: Any) -> str:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        output.seek(0)
        for line in output.read().splitlines():
            if line.startswith("issuer "):
                return line.removeprefix("issuer ").strip()
        if process.poll() is not None:
            break
        time.sleep(0.05)
    output.seek(0)
    _stop(process)
    raise RuntimeError(f"The test provider did not start:\n{output.read()}")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.stdin is not None:
        process.stdin.close()
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
