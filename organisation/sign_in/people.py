"""Who a provider's sign-in is in styr: the matched or new person, with roles from groups.

Creating a person and changing roles go through the organisation's services, done by the
system actor, so each change is checked and kept in the history like any other.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, User
from organisation.services.people import assign_role, create_person_in_region, remove_role
from organisation.sign_in.group_roles import load_group_roles
from organisation.sign_in.rules import (
    Decision,
    GroupRole,
    decide,
    groups_of,
    identity_of,
    role_changes,
    username_for,
)

logger = logging.getLogger(__name__)

INACTIVE = "inactive"
MISCONFIGURED = "misconfigured"


class SignInRefused(Exception):
    """The provider knows the person, but styr lets them in not (`reason` says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def sign_in_person(claims: Mapping[str, Any]) -> User:
    """The person the claims identify, created where allowed, with their group roles applied."""
    field = settings.OIDC_MATCH_FIELD
    identity = identity_of(claims, settings.OIDC_MATCH_CLAIM, field)
    matches = (
        list(User.objects.filter(**{f"{field}__iexact": identity}).select_related("region")[:2])
        if identity
        else []
    )
    decision = decide(identity, len(matches), may_create=settings.OIDC_CREATE_PEOPLE)
    if decision not in (Decision.MATCHED, Decision.CREATE):
        logger.warning(
            "Sign-in refused (%s) for %s %r", decision.value, settings.OIDC_MATCH_CLAIM, identity
        )
        raise SignInRefused(decision.value)
    with transaction.atomic():
        if decision is Decision.MATCHED:
            person = matches[0]
            if not person.is_active:
                logger.warning("Sign-in refused: %s is deactivated", person.username)
                raise SignInRefused(INACTIVE)
        else:
            assert identity is not None
            person = _create(identity, claims)
        apply_group_roles(person, groups_of(claims, settings.OIDC_GROUPS_CLAIM))
    return person


def _create(identity: str, claims: Mapping[str, Any]) -> User:
    region = _region(settings.OIDC_NEW_PERSON_REGION)
    username = username_for(identity)
    assert username is not None
    values = {
        name: claims[claim][:150]
        for name, claim in (("first_name", "given_name"), ("last_name", "family_name"))
        if isinstance(claims.get(claim), str)
    }
    if isinstance(claims.get("email"), str) and claims.get("email_verified") is not False:
        values["email"] = claims["email"]
    try:
        person = create_person_in_region(SYSTEM, region, username=username, **values)
    except ValidationError as exc:
        logger.warning("Sign-in could not create %r: %s", username, exc)
        raise SignInRefused(Decision.CANNOT_CREATE.value) from exc
    logger.info("Sign-in created %s in %s", person.username, region)
    return person


def _region(name: str) -> Unit:
    regions = list(
        Unit.objects.filter(parent__isnull=True).filter(
            Q(short_name__iexact=name) | Q(name__iexact=name)
        )[:2]
    )
    if len(regions) != 1:
        logger.error("OIDC_NEW_PERSON_REGION %r names no single region", name)
        raise SignInRefused(MISCONFIGURED)
    return regions[0]


def apply_group_roles(person: User, groups: Collection[str]) -> None:
    """Add and remove the person's roles as the group mapping says for these groups."""
    mapping = load_group_roles(settings.OIDC_GROUP_ROLES_FILE, Role.values)
    if not mapping:
        return
    if person.region is None:
        logger.warning("Group roles not applied: %s belongs to no region", person.username)
        return
    units = _units_named(person.region, {entry.unit for entry in mapping})
    resolved = [
        GroupRole(entry.group, units[entry.unit].pk, entry.role, entry.managed)
        for entry in mapping
        if entry.unit in units
    ]
    by_id = {unit.pk: unit for unit in units.values()}
    held = set(
        RoleAssignment.objects.filter(user=person, unit_id__in=by_id).values_list("unit_id", "role")
    )
    changes = role_changes(resolved, groups, held)
    for unit_id, role in sorted(changes.add):
        assign_role(SYSTEM, person, by_id[unit_id], role)
    for unit_id, role in sorted(changes.remove):
        remove_role(SYSTEM, RoleAssignment.objects.get(user=person, unit_id=unit_id, role=role))
    if changes.add or changes.remove:
        logger.info(
            "Sign-in changed the roles of %s: added %s, removed %s",
            person.username,
            sorted(changes.add),
            sorted(changes.remove),
        )


def _units_named(region: Unit, names: set[str]) -> dict[str, Unit]:
    """The open unit of the region each name names (short name or name); unclear ones left out."""
    found: dict[str, Unit] = {}
    candidates = Unit.objects.subtree_of(region).open()
    for name in sorted(names):
        units = list(candidates.filter(Q(short_name__iexact=name) | Q(name__iexact=name))[:2])
        if len(units) == 1:
            found[name] = units[0]
        else:
            logger.warning(
                "Group roles: %r names %s unit in %s",
                name,
                "no" if not units else "more than one",
                region,
            )
    return found
