"""The rules of signing in, as plain functions over plain values."""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

# Django's user names: letters, digits and @ . + - _, at most 150 characters.
_USERNAME = re.compile(r"^[\w.@+-]{1,150}\Z")

K = TypeVar("K")


class Decision(enum.Enum):
    MATCHED = "matched"
    CREATE = "create"
    UNKNOWN = "unknown"  # nobody matches and creating people is not allowed
    AMBIGUOUS = "ambiguous"  # more than one person matches
    NO_IDENTITY = "no_identity"  # the claims do not carry the identifying claim
    CANNOT_CREATE = "cannot_create"  # creating is allowed, but the value is no user name


def identity_of(claims: Mapping[str, Any], claim: str, field: str) -> str | None:
    """The value that identifies the person, or None when the claims do not carry one.

    An e-mail address the provider itself marks as unverified identifies nobody.
    """
    value = claims.get(claim)
    if not isinstance(value, str) or not value.strip():
        return None
    if field == "email" and claim == "email" and claims.get("email_verified") is False:
        return None
    return value.strip()


def username_for(value: str) -> str | None:
    """The user name a new person gets from the identifying value, if it can be one."""
    return value if _USERNAME.match(value) else None


def decide(identity: str | None, matches: int, *, may_create: bool) -> Decision:
    """Who signs in: the one matching person, a new person, or nobody (and why)."""
    if identity is None:
        return Decision.NO_IDENTITY
    if matches == 1:
        return Decision.MATCHED
    if matches > 1:
        return Decision.AMBIGUOUS
    if not may_create:
        return Decision.UNKNOWN
    return Decision.CREATE if username_for(identity) else Decision.CANNOT_CREATE


def passwords_allowed_for(
    username: str, *, local_passwords: bool, administrators: Collection[str]
) -> bool:
    """Whether a person may log in with a password of styr's own."""
    if local_passwords:
        return True
    return username.strip().casefold() in {name.casefold() for name in administrators}


def groups_of(claims: Mapping[str, Any], claim: str) -> frozenset[str]:
    """The groups the claims name: a list of strings, or one string."""
    value = claims.get(claim)
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, list | tuple):
        return frozenset(item for item in value if isinstance(item, str))
    return frozenset()


@dataclass(frozen=True)
class GroupRole(Generic[K]):
    """People in `group` hold `role` on `unit`; `managed`: the provider alone decides that."""

    group: str
    unit: K
    role: str
    managed: bool = False


@dataclass(frozen=True)
class RoleChanges(Generic[K]):
    add: frozenset[tuple[K, str]]
    remove: frozenset[tuple[K, str]]


def role_changes(
    mapping: Iterable[GroupRole[K]], groups: Collection[str], held: Collection[tuple[K, str]]
) -> RoleChanges[K]:
    """What a sign-in changes in a person's roles, as (unit, role) pairs.

    Every role a group of the person gives is added. A role is removed only where the
    mapping says the provider manages that role on that unit and no group of the person
    gives it; roles given in styr by hand are otherwise kept.
    """
    entries = list(mapping)
    wanted = {(e.unit, e.role) for e in entries if e.group in groups}
    managed = {(e.unit, e.role) for e in entries if e.managed}
    current = set(held)
    return RoleChanges(
        add=frozenset(wanted - current), remove=frozenset((current & managed) - wanted)
    )
