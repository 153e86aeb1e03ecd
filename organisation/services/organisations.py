"""New organisations: a region or a municipality with its first administrator.

The installation's administrator makes them; from then on the organisation's own
administrators define its tree, people, matrices, words and periods, and nothing of one
organisation is seen from another."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from organisation.access import may_create_organisations
from organisation.models import Role, Unit, User
from organisation.services.people import create_organisation_administrator
from organisation.services.units import create_region

ADMINISTRATOR_FIELDS = ("username", "first_name", "last_name", "email", "password")


@transaction.atomic
def create_organisation(
    actor: Any, *, name: str, kind: str, short_name: str = "", **administrator: Any
) -> tuple[Unit, User]:
    """The organisation and its first administrator, both or neither."""
    if not may_create_organisations(actor):
        raise PermissionDenied
    unknown = set(administrator) - set(ADMINISTRATOR_FIELDS)
    if unknown:
        raise TypeError(f"Not fields of the administrator: {sorted(unknown)}")
    if Unit.objects.filter(parent__isnull=True, name__iexact=name.strip()).exists():
        raise ValidationError(
            {"name": _("There is already an organisation named %(name)s.") % {"name": name.strip()}}
        )
    organisation = create_region(name.strip(), actor=actor, short_name=short_name, kind=kind)
    person = create_organisation_administrator(actor, organisation, **administrator)
    return organisation, person


def organisations(actor: Any) -> Any:
    """Every organisation of the installation, with its number of people and administrators,
    for its administrator only: names and counts, none of an organisation's content."""
    if not may_create_organisations(actor):
        raise PermissionDenied
    return (
        Unit.objects.filter(parent__isnull=True)
        .annotate(
            people_count=Count("people", distinct=True),
            administrator_count=Count(
                "role_assignments",
                filter=Q(role_assignments__role=Role.ADMINISTRATOR),
                distinct=True,
            ),
        )
        .order_by("name")
    )
