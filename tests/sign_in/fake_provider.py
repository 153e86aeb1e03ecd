"""A provider answering styr's requests to it in-process, with real keys and signed tokens.

It stands where the network is: `requests.get` and `requests.post` are answered here. The
browser tests use a real provider (tests/oidc/); these tests use this one to reach every
way a sign-in can go wrong quickly.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import Client

ISSUER = "https://login.example.se/region"
CLIENT_ID = "styr"
CLIENT_SECRET = "client-secret-for-tests"


@cache
def _signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class _Response:
    def __init__(self, url: str, status: int, body: Any) -> None:
        self.url = url
        self.status_code = status
        self._body = body
        self.headers = {"content-type": "application/json"}
        self.text = json.dumps(body)

    def json(self) -> Any:
        return self._body

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise requests.HTTPError(f"{self.status_code} for {self.url}", response=self)  # type: ignore[arg-type]


@dataclass
class FakeProvider:
    claims: dict[str, Any] = field(default_factory=dict)
    userinfo: dict[str, Any] | None = None  # None: the ID token's claims without groups
    id_token_changes: dict[str, Any] = field(default_factory=dict)
    token_status: int = 200
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    requests_seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = _signing_key()
        public = jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        self.jwks = {"keys": [public | {"kid": "k1", "use": "sig", "alg": "RS256"}]}

    # What the provider's log-in page would do: remember the request, hand out a code.
    def authorize(self, location: str) -> str:
        query = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
        code = f"code-{len(self.codes)}"
        self.codes[code] = query
        return code

    def get(self, url: str, **kwargs: Any) -> _Response:
        self.requests_seen.append(f"GET {url}")
        if url == f"{ISSUER}/.well-known/openid-configuration":
            return _Response(
                url,
                200,
                {
                    "issuer": ISSUER,
                    "authorization_endpoint": f"{ISSUER}/authorize",
                    "token_endpoint": f"{ISSUER}/token",
                    "userinfo_endpoint": f"{ISSUER}/userinfo",
                    "jwks_uri": f"{ISSUER}/jwks",
                },
            )
        if url == f"{ISSUER}/jwks":
            return _Response(url, 200, self.jwks)
        if url == f"{ISSUER}/userinfo":
            info = self.userinfo
            if info is None:
                info = {k: v for k, v in self.claims.items() if k != "groups"}
            return _Response(url, 200, info)
        return _Response(url, 404, {})

    def post(self, url: str, data: dict[str, str], **kwargs: Any) -> _Response:
        self.requests_seen.append(f"POST {url}")
        if url != f"{ISSUER}/token" or self.token_status != 200:
            return _Response(url, self.token_status, {"error": "invalid_grant"})
        asked = self.codes.pop(data.get("code", ""), None)
        if asked is None or data.get("client_secret") != CLIENT_SECRET:
            return _Response(url, 400, {"error": "invalid_grant"})
        digest = hashlib.sha256(data.get("code_verifier", "").encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if asked.get("code_challenge") != challenge or asked["code_challenge_method"] != "S256":
            return _Response(url, 400, {"error": "invalid_grant", "error_description": "PKCE"})
        now = int(time.time())
        payload = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": asked.get("nonce"),
            **self.claims,
        } | self.id_token_changes
        token = jwt.encode(payload, self.key, algorithm="RS256", headers={"kid": "k1"})
        return _Response(
            url, 200, {"id_token": token, "access_token": "at", "token_type": "Bearer"}
        )


def sign_in(client: Client, provider: FakeProvider, **callback: str) -> Any:
    """Start at styr, let the provider hand out a code, come back to styr's callback."""
    start = client.get("/inloggning/oidc/")
    assert start.status_code == 302, start.status_code
    code = provider.authorize(start["Location"])
    state = provider.codes[code]["state"]
    return client.get("/inloggning/oidc/callback/", {"code": code, "state": state} | callback)
