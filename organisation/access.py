"""Who may do what: the one place where permissions are decided.

A role is given on a unit and applies to that unit and everything under it. Every view
and API endpoint asks a policy object from here; nothing else checks roles.

- administrator: manages units, people and roles under the unit, and edits everything there;
- controller: edits plans and follow-up under the unit;
- owner: edits the objects whose owner they are;
- reader: reads everything under the unit;
- auditor: reads everything under the unit including its history, writes nothing.

What a person may not see does not exist for them (404); what they may see but not
change is forbidden (403).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import Q
from django.http import Http404

from organisation.models import Role, RoleAssignment, Unit, User

EDIT_ROLES = frozenset({Role.ADMINISTRATOR, Role.CONTROLLER})
HISTORY_ROLES = frozenset({Role.ADMINISTRATOR, Role.CONTROLLER, Role.AUDITOR})
ALL_ROLES = frozenset(Role)

M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class Grant:
    path: str
    role: Role
    unit_id: int


class Grants:
    """The role assignments of one person, loaded once per request."""

    def __init__(
        self, grants: Iterable[Grant], region_id: int | None, *, everything: bool = False
    ) -> None:
        self.grants = tuple(grants)
        self.region_id = region_id
        self.everything = everything

    def roles_at(self, unit: Unit) -> frozenset[Role]:
        if self.everything:
            return ALL_ROLES
        return frozenset(g.role for g in self.grants if unit.path.startswith(g.path))

    def has_any(self, unit: Unit, roles: frozenset[Role] = ALL_ROLES) -> bool:
        if self.everything:
            return True
        return any(g.role in roles and unit.path.startswith(g.path) for g in self.grants)

    def paths_for(self, roles: frozenset[Role] = ALL_ROLES) -> list[str]:
        if self.everything:
            return ["/"]
        paths = sorted({g.path for g in self.grants if g.role in roles})
        # A path under another granted path adds nothing.
        return [p for p in paths if not any(p != q and p.startswith(q) for q in paths)]

    def is_context_of(self, unit: Unit) -> bool:
        """True for the units above a granted unit, shown as the way down to it."""
        return self.everything or any(g.path.startswith(unit.path) for g in self.grants)

    def is_region_wide(self, region_id: int | None, roles: frozenset[Role]) -> bool:
        """A role of `roles` on the region itself (not only on a unit under it)."""
        if self.everything:
            return True
        return any(g.role in roles and g.path == f"/{region_id}/" for g in self.grants)


class SystemActor:
    """The named actor of loaders, imports and background jobs.

    A service never skips its permission check because no person was given: work that no
    person does is done by this actor, which the policies allow, and its writes are kept in
    the history as made by the system (no person).
    """

    pk = None
    id = None
    region_id = None
    username = "styr"
    is_authenticated = True
    is_active = True

    def __str__(self) -> str:
        return "styr"


SYSTEM = SystemActor()
_SYSTEM_GRANTS = Grants((), None, everything=True)


def grants_of(user: Any) -> Grants:
    if user is SYSTEM:
        return _SYSTEM_GRANTS
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Grants((), None)
    cached = getattr(user, "_styr_grants", None)
    if cached is None:
        rows = RoleAssignment.objects.filter(user=user, unit__closed_on__isnull=True).values_list(
            "unit__path", "role", "unit_id"
        )
        cached = Grants((Grant(path, Role(role), uid) for path, role, uid in rows), user.region_id)
        user._styr_grants = cached
    return cached


def is_installation_administrator(user: Any) -> bool:
    """The installation's administrator: makes organisations and their first administrators.

    They belong to no organisation and read none of them: every organisation's data stays
    with its own people, as it does between two organisations."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.is_superuser
        and user.region_id is None
    )


def may_create_organisations(actor: Any) -> bool:
    return actor is SYSTEM or is_installation_administrator(actor)


def history_export_paths(user: Any) -> list[str]:
    """The subtrees whose history the person may export: where they hold a history role."""
    return grants_of(user).paths_for(HISTORY_ROLES)


def forget_grants(user: Any) -> None:
    """Drop the cached grants after the person's roles changed."""
    if hasattr(user, "_styr_grants"):
        del user._styr_grants


def path_filter(paths: Iterable[str], lookup: str) -> Q:
    """Rows whose unit path starts with one of `paths`; matches nothing for no paths."""
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(**{f"{lookup}__startswith": path})
    return query


class UnitScopedPolicy:
    """Access to one type of domain object that belongs to a unit and may have an owner."""

    def __init__(
        self,
        unit_of: Callable[[Any], Unit],
        unit_path_lookup: str,
        owner_of: Callable[[Any], Any] | None = None,
    ) -> None:
        self.unit_of = unit_of
        self.unit_path_lookup = unit_path_lookup
        self.owner_of = owner_of

    def scope(self, user: Any, queryset: models.QuerySet[M]) -> models.QuerySet[M]:
        return queryset.filter(path_filter(grants_of(user).paths_for(), self.unit_path_lookup))

    def can_view(self, user: Any, obj: Any) -> bool:
        return grants_of(user).has_any(self.unit_of(obj))

    def can_change(self, user: Any, obj: Any) -> bool:
        grants = grants_of(user)
        unit = self.unit_of(obj)
        if unit.is_closed:
            return False
        if grants.has_any(unit, EDIT_ROLES):
            return True
        return (
            self.owner_of is not None
            and self.owner_of(obj) == user
            and grants.has_any(unit, frozenset({Role.OWNER}))
        )

    def can_create_in(self, user: Any, unit: Unit) -> bool:
        return not unit.is_closed and grants_of(user).has_any(unit, EDIT_ROLES)

    def can_view_history(self, user: Any, obj: Any) -> bool:
        return grants_of(user).has_any(self.unit_of(obj), HISTORY_ROLES)


class UnitPolicy:
    """Access to the organisation tree itself."""

    def scope(self, user: Any, queryset: models.QuerySet[Unit]) -> models.QuerySet[Unit]:
        grants = grants_of(user)
        context_ids = {
            int(part) for g in grants.grants for part in g.path.strip("/").split("/") if part
        }
        return queryset.filter(path_filter(grants.paths_for(), "path") | Q(pk__in=context_ids))

    def can_view(self, user: Any, unit: Unit) -> bool:
        grants = grants_of(user)
        return grants.has_any(unit) or grants.is_context_of(unit)

    def can_change(self, user: Any, unit: Unit) -> bool:
        return grants_of(user).has_any(unit, frozenset({Role.ADMINISTRATOR}))

    def can_create_in(self, user: Any, parent: Unit) -> bool:
        return not parent.is_closed and self.can_change(user, parent)

    def can_move(self, user: Any, unit: Unit, new_parent: Unit) -> bool:
        return (
            unit.parent is not None
            and self.can_change(user, unit.parent)
            and self.can_create_in(user, new_parent)
        )

    def can_view_history(self, user: Any, unit: Unit) -> bool:
        return grants_of(user).has_any(unit, HISTORY_ROLES)

    def can_manage_roles(self, user: Any, unit: Unit) -> bool:
        return not unit.is_closed and self.can_change(user, unit)


class UserPolicy:
    """People are seen by everyone with a role in their region, managed by its administrators."""

    def scope(self, user: Any, queryset: models.QuerySet[User]) -> models.QuerySet[User]:
        grants = grants_of(user)
        if grants.everything:
            return queryset
        if not grants.grants or grants.region_id is None:
            return queryset.none()
        return queryset.filter(region_id=grants.region_id)

    def can_view(self, user: Any, person: User) -> bool:
        grants = grants_of(user)
        return grants.everything or (bool(grants.grants) and person.region_id == grants.region_id)

    def can_change(self, user: Any, person: User) -> bool:
        return self.can_view(user, person) and self.can_manage_people(user)

    def can_manage_people(self, user: Any) -> bool:
        grants = grants_of(user)
        return grants.is_region_wide(grants.region_id, frozenset({Role.ADMINISTRATOR}))

    def can_view_history(self, user: Any, person: User) -> bool:
        grants = grants_of(user)
        return self.can_view(user, person) and grants.is_region_wide(
            grants.region_id, HISTORY_ROLES
        )


unit_policy = UnitPolicy()
user_policy = UserPolicy()
role_assignment_policy = UnitScopedPolicy(
    unit_of=lambda assignment: assignment.unit, unit_path_lookup="unit__path"
)


def get_visible_or_404(
    user: Any, policy: Any, queryset: models.QuerySet[M], pk: Any, *, need: str = "view"
) -> M:
    """Fetch an object the person may see, or 404; then require `need`, or 403.

    `need` is "view", "change" or "history".
    """
    try:
        obj = queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not policy.can_view(user, obj):
        raise Http404
    if need == "change" and not policy.can_change(user, obj):
        raise PermissionDenied
    if need == "history" and not policy.can_view_history(user, obj):
        raise PermissionDenied
    return obj
