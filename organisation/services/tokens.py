"""Personal API tokens: created and revoked by their owner only."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from organisation.models import ApiToken
from organisation.models.api_token import hash_token, new_raw_token


def create_api_token(user: Any, name: str) -> tuple[ApiToken, str]:
    """A new token and its raw value, which is shown once and never stored."""
    raw = new_raw_token()
    token = ApiToken.objects.create(user=user, name=name, key_hash=hash_token(raw), hint=raw[:9])
    return token, raw


def revoke_api_token(user: Any, token: ApiToken) -> None:
    if token.user_id != user.pk:
        raise PermissionDenied
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def user_for_token(raw: str) -> Any | None:
    """The active person a raw token belongs to, recording when it was last used."""
    token = (
        ApiToken.objects.active().select_related("user").filter(key_hash=hash_token(raw)).first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
