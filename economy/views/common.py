"""What the economy's pages share: the person's organisation and the units they edit."""

from __future__ import annotations

from typing import Any

from organisation.access import EDIT_ROLES, grants_of, path_filter
from organisation.models import Unit
from organisation.region_data import region_or_404

__all__ = ["editable_units", "region_or_404"]


def editable_units(user: Any, region: Unit) -> Any:
    """The open units of the region where the person plans and records (controller, admin)."""
    paths = grants_of(user).paths_for(EDIT_ROLES)
    return Unit.objects.filter(
        path_filter(paths, "path"), path__startswith=region.path, closed_on__isnull=True
    ).order_by("path")
