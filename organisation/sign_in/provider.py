"""Where the organisation's provider is: its endpoints, configured or discovered."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

DISCOVERY_PATH = "/.well-known/openid-configuration"
# Discovered endpoints are kept for an hour; a failed discovery is tried again at once.
DISCOVERY_TTL_SECONDS = 60 * 60

_lock = threading.Lock()
_discovered: dict[str, tuple[float, dict[str, Any]]] = {}


class ProviderUnavailable(Exception):
    """The provider cannot be reached, or does not describe itself as configured."""


@dataclass(frozen=True)
class Endpoints:
    issuer: str  # "" when only endpoints are configured
    authorization: str
    token: str
    userinfo: str  # "" when the provider has none: the ID token's claims are used alone
    jwks: str


def provider_name() -> str:
    """The name on the log-in button, e.g. "Microsoft Entra ID"."""
    return settings.OIDC_PROVIDER_NAME or _("your organisation's account")


def endpoints() -> Endpoints:
    """The provider's endpoints: those set in the settings, the others from discovery."""
    issuer = settings.OIDC_ISSUER
    document = _discover(issuer) if issuer else {}
    found = Endpoints(
        issuer=issuer,
        authorization=settings.OIDC_OP_AUTHORIZATION_ENDPOINT
        or document.get("authorization_endpoint", ""),
        token=settings.OIDC_OP_TOKEN_ENDPOINT or document.get("token_endpoint", ""),
        userinfo=settings.OIDC_OP_USER_ENDPOINT or document.get("userinfo_endpoint", ""),
        jwks=settings.OIDC_OP_JWKS_ENDPOINT or document.get("jwks_uri", ""),
    )
    if not (found.authorization and found.token and found.jwks):
        raise ProviderUnavailable("the provider names no authorization, token or JWKS endpoint")
    return found


def forget_discovery() -> None:
    with _lock:
        _discovered.clear()


def _discover(issuer: str) -> dict[str, Any]:
    with _lock:
        kept = _discovered.get(issuer)
    if kept is not None and time.monotonic() - kept[0] < DISCOVERY_TTL_SECONDS:
        return kept[1]
    url = issuer + DISCOVERY_PATH
    try:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise ProviderUnavailable(f"discovery at {url} failed: {exc}") from exc
    if not isinstance(document, dict) or document.get("issuer", "").rstrip("/") != issuer:
        raise ProviderUnavailable(f"discovery at {url} names another issuer")
    with _lock:
        _discovered[issuer] = (time.monotonic(), document)
    return document
