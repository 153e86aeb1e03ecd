"""The organisation's own reference data: its cost types, risk categories, words and profiles.

Such data belongs to the organisation (the region or municipality at the root of a tree): it
is read by everyone with a role there and kept by the people the domain names, with their
role on the organisation itself. A person of another organisation finds none of it.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404

from organisation.access import HISTORY_ROLES, UnitScopedPolicy, grants_of
from organisation.models import Role, Unit

# Who keeps the reference data unless a domain says otherwise: on the organisation itself.
KEEPERS = frozenset({Role.ADMINISTRATOR, Role.CONTROLLER})


class RegionDataPolicy(UnitScopedPolicy):
    """Read within the organisation, kept by its keepers. The object names it as `region`."""

    def __init__(self, *, keepers: frozenset[Role] = KEEPERS, **kwargs: Any) -> None:
        kwargs.setdefault("unit_of", lambda obj: obj.region)
        kwargs.setdefault("unit_path_lookup", "region__path")
        super().__init__(**kwargs)
        self.keepers = keepers

    def scope(self, user: Any, queryset: Any) -> Any:
        grants = grants_of(user)
        if grants.everything:
            return queryset
        if not grants.grants:
            return queryset.none()
        return queryset.filter(region_id=grants.region_id)

    def can_view(self, user: Any, obj: Any) -> bool:
        grants = grants_of(user)
        return grants.everything or (bool(grants.grants) and obj.region_id == grants.region_id)

    def can_change(self, user: Any, obj: Any) -> bool:
        return self.can_view(user, obj) and grants_of(user).is_region_wide(
            obj.region_id, self.keepers
        )

    def can_create_in(self, user: Any, region: Unit) -> bool:
        grants = grants_of(user)
        return region.parent_id is None and grants.is_region_wide(region.pk, self.keepers)

    def can_view_history(self, user: Any, obj: Any) -> bool:
        return self.can_view(user, obj) and any(
            g.role in HISTORY_ROLES for g in grants_of(user).grants
        )


def region_of(user: Any) -> Unit | None:
    """The organisation a person works in (None for the system and people without a region)."""
    region_id = grants_of(user).region_id
    return Unit.objects.filter(pk=region_id).first() if region_id else None


def region_or_404(request: Any) -> Unit:
    """The person's organisation; none (the installation's administrator, the system) is 404."""
    region = region_of(request.user)
    if region is None:
        raise Http404
    return region
