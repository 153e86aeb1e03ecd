"""The authentication backends: passwords of styr's own, and the organisation's provider."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from organisation.models import User
from organisation.sign_in.people import sign_in_person
from organisation.sign_in.provider import endpoints
from organisation.sign_in.rules import passwords_allowed_for

logger = logging.getLogger(__name__)


def passwords_allowed(username: str) -> bool:
    return passwords_allowed_for(
        username,
        local_passwords=settings.LOCAL_PASSWORDS,
        administrators=settings.LOCAL_PASSWORD_ADMINISTRATORS,
    )


class LocalPasswordBackend(ModelBackend):
    """Django's password check, refused when local passwords are off for this person."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        name = username if username is not None else kwargs.get(User.USERNAME_FIELD)
        if name is not None and not passwords_allowed(str(name)):
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class ProviderBackend(OIDCAuthenticationBackend):
    """The authorization code flow's second half: the code exchanged, the ID token checked.

    The library's settings are read at each sign-in, so that the endpoints can come from
    discovery and a sign-in with the provider switched off finds nothing to do.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.UserModel = get_user_model()

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> Any:
        if not settings.OIDC_ENABLED or request is None:
            return None
        if "code" not in request.GET or "state" not in request.GET:
            return None
        found = endpoints()
        self.issuer = found.issuer
        self.OIDC_OP_TOKEN_ENDPOINT = found.token
        self.OIDC_OP_USER_ENDPOINT = found.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = found.jwks
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        self.OIDC_RP_CLIENT_SECRET = settings.OIDC_RP_CLIENT_SECRET
        self.OIDC_RP_SIGN_ALGO = settings.OIDC_RP_SIGN_ALGO
        self.OIDC_RP_IDP_SIGN_KEY = None
        return super().authenticate(request, **kwargs)

    def verify_token(self, token: str, **kwargs: Any) -> Any:
        """The library checks the signature and the nonce; the issuer and audience here."""
        payload = super().verify_token(token, **kwargs)
        if "nonce" in kwargs:  # the ID token (not a signed userinfo answer)
            audience = payload.get("aud")
            audiences = audience if isinstance(audience, list) else [audience]
            if self.OIDC_RP_CLIENT_ID not in audiences:
                raise SuspiciousOperation("The ID token is meant for another client.")
            if self.issuer and str(payload.get("iss", "")).rstrip("/") != self.issuer:
                raise SuspiciousOperation("The ID token comes from another issuer.")
        return payload

    def get_userinfo(self, access_token: str, id_token: str, payload: dict[str, Any]) -> Any:
        """The ID token's claims, completed by the userinfo endpoint where there is one."""
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT:
            info = super().get_userinfo(access_token, id_token, payload)
            if not isinstance(info, dict) or info.get("sub") != payload.get("sub"):
                raise SuspiciousOperation("The userinfo answer is about someone else.")
            claims |= info
        return claims

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict[str, Any]) -> Any:
        return sign_in_person(self.get_userinfo(access_token, id_token, payload))

    def get_user(self, user_id: Any) -> Any:
        """The signed-in person on later requests, as long as they are active."""
        return ModelBackend.get_user(self, user_id)
