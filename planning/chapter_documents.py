"""The operational plan as a document chapters are written in (chapters.documents)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chapters.documents import DocumentKind, Owner, reads_the_unit
from chapters.services import chapters_data
from organisation.models import Unit
from planning.access import goal_policy
from planning.plan_parts import PlanPart

# The plan's chapters stand before its goals, before its budget, before and after its
# follow-up plan, and at its end, as seed 002's do.
PLACES = (
    ("start", gettext_lazy("Before the goals")),
    ("before_budget", gettext_lazy("Before the budget frame")),
    ("before_follow_up", gettext_lazy("Before the follow-up plan")),
    ("after_follow_up", gettext_lazy("After the follow-up plan")),
    ("end", gettext_lazy("At the end, after the meeting calendar")),
)


def _owner(unit: Unit, year: int) -> Owner | None:
    if not 1900 <= year <= 2200:
        return None
    return Owner(
        unit=unit,
        key=year,
        title=_("Operational plan %(year)s: %(unit)s") % {"year": year, "unit": unit.name},
        url=f"{reverse('planning:plan', args=[unit.pk])}?ar={year}",
    )


def _may_write(user: Any, owner: Owner) -> bool:
    return goal_policy.can_create_in(user, owner.unit)


OPERATIONAL_PLAN = DocumentKind(
    key="verksamhetsplan",
    label=gettext_lazy("Operational plan"),
    places=PLACES,
    owner=_owner,
    may_read=reads_the_unit,
    may_write=_may_write,
)


def _build_chapters(unit: Unit, year: int) -> list[dict[str, Any]]:
    owner = _owner(unit, year)
    return chapters_data(OPERATIONAL_PLAN, owner) if owner is not None else []


# The plan's chapters are kept in its snapshot as written, so an adopted plan prints them
# as they were adopted.
CHAPTERS = PlanPart(
    key="chapters",
    build=_build_chapters,
    read=lambda stored: {"chapters": stored or []},
    empty=[],
)
