"""What the other region's administrator must never read: names of the first region."""

from __future__ import annotations

from tests.permissions.world import PermWorld


def first_region_names(w: PermWorld) -> list[str]:
    b = w.base
    return [
        b.region.name,
        b.committee.name,
        b.division.name,
        b.area.name,
        b.board.name,
        w.plan.title,
        w.board_plan.title,
        w.risk.title,
        w.indicator.name,
        w.own_indicator.name,
        w.goal.title,
        # First names that no Swedish UI word contains ("Per" would match "Period").
        *(p.get_full_name() for p in (b.controller, b.owner, b.auditor)),
    ]


def leaked(w: PermWorld, content: bytes) -> list[str]:
    text = content.decode("utf-8", errors="ignore")
    return [name for name in first_region_names(w) if name and name in text]
