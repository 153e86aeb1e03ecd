"""Writes to people and their roles. Each checks permission and leaves history."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from organisation.access import (
    forget_grants,
    grants_of,
    may_create_organisations,
    unit_policy,
    user_policy,
)
from organisation.models import Role, RoleAssignment, Unit, User

PERSON_FIELDS = ("first_name", "last_name", "email", "title", "is_active")


def create_person(actor: Any, *, username: str, password: str | None = None, **values: Any) -> User:
    if not user_policy.can_manage_people(actor):
        raise PermissionDenied
    return _create_person(actor, actor.region, username=username, password=password, **values)


def create_person_in_region(
    actor: Any, region: Unit, *, username: str, password: str | None = None, **values: Any
) -> User:
    """A person of `region`, added by one of its administrators or by the system (loaders)."""
    if not grants_of(actor).everything and not (
        user_policy.can_manage_people(actor) and actor.region_id == region.pk
    ):
        raise PermissionDenied
    return _create_person(actor, region, username=username, password=password, **values)


def create_organisation_administrator(
    actor: Any, organisation: Unit, *, username: str, password: str | None = None, **values: Any
) -> User:
    """A new administrator of an organisation, on its root, made by the installation's
    administrator: the organisation's first, or one more when its own have left."""
    if not may_create_organisations(actor) or organisation.parent_id is not None:
        raise PermissionDenied
    person = _create_person(actor, organisation, username=username, password=password, **values)
    attributed(
        RoleAssignment(user=person, unit=organisation, role=Role.ADMINISTRATOR), actor
    ).save()
    return person


def _create_person(
    actor: Any, region: Unit, *, username: str, password: str | None, **values: Any
) -> User:
    unknown = set(values) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"Not person fields: {sorted(unknown)}")
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("This user name is already taken.")})
    person = User(username=username, region=region, **values)
    if password:
        person.set_password(password)
    else:
        person.set_unusable_password()
    attributed(person, actor)
    person.full_clean()
    person.save()
    return person


def update_person(actor: Any, person: User, expected_version: int | None, **values: Any) -> User:
    if not user_policy.can_change(actor, person):
        raise PermissionDenied
    unknown = set(values) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"Not person fields: {sorted(unknown)}")
    if person.pk == actor.pk and values.get("is_active") is False:
        raise ValidationError({"is_active": _("You cannot deactivate yourself.")})
    return save_versioned(person, expected_version, values, actor=actor)  # type: ignore[return-value]


def assign_role(actor: Any, person: User, unit: Unit, role: Role | str) -> RoleAssignment:
    if not unit_policy.can_manage_roles(actor, unit):
        raise PermissionDenied
    if person.region_id != unit.region_id:
        raise ValidationError({"unit": _("The unit belongs to another region than the person.")})
    if unit.is_closed:
        raise ValidationError({"unit": _("Roles cannot be given on a closed unit.")})
    role = Role(role)
    if RoleAssignment.objects.filter(user=person, unit=unit, role=role).exists():
        raise ValidationError({"role": _("The person already has this role on this unit.")})
    assignment = RoleAssignment(user=person, unit=unit, role=role)
    attributed(assignment, actor)
    assignment.save()
    forget_grants(person)
    return assignment


def remove_role(actor: Any, assignment: RoleAssignment) -> None:
    if not unit_policy.can_manage_roles(actor, assignment.unit):
        raise PermissionDenied
    if (
        assignment.user_id == actor.pk
        and assignment.role == Role.ADMINISTRATOR
        and assignment.unit.parent_id is None
    ):
        raise ValidationError(
            {"role": _("You cannot remove your own administrator role on the region.")}
        )
    attributed(assignment, actor)
    assignment.delete()
    forget_grants(assignment.user)
