"""The bodies that meet and decide: councils, boards and committees."""

from __future__ import annotations

from typing import Any

from organisation.access import unit_policy
from organisation.models import Unit, UnitKind

BODIES = (UnitKind.COUNCIL, UnitKind.BOARD, UnitKind.COMMITTEE)


def bodies_seen_by(user: Any) -> list[Unit]:
    """The open bodies the person sees, in the tree's order (one query)."""
    return list(
        unit_policy.scope(user, Unit.objects.open().filter(kind__in=BODIES)).order_by("path")
    )
