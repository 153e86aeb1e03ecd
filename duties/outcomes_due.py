"""Outcomes still to enter for the open periods, per period and unit, for one person.

The worklist's rule decides which measures a period asks for (followup.worklist.is_due);
a unit's controllers enter every measure of the units they hold, an owner their own. The
deadline is the period's last day to report, where the region has set one; without it the
items are listed and in the summary, with no reminder before or after a deadline.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from duties.items import DueItem
from followup.access import period_policy
from followup.models import Outcome, Period, PeriodStatus
from followup.worklist import is_due
from organisation.access import EDIT_ROLES, grants_of, path_filter
from organisation.models import Role, User
from planning.models import Indicator

OWNER = frozenset({Role.OWNER})


def outcome_items(user: Any) -> list[DueItem]:
    periods = list(
        period_policy.scope(user, Period.objects.filter(status=PeriodStatus.OPEN)).order_by(
            "ends_on"
        )
    )
    if not periods:
        return []
    grants = grants_of(user)
    held = path_filter(grants.paths_for(EDIT_ROLES), "unit__path")
    indicators = [
        i
        for i in Indicator.objects.filter(held | Q(owner=user), unit__closed_on__isnull=True)
        .select_related("unit")
        .order_by("unit__path", "pk")
        if grants.has_any(i.unit, EDIT_ROLES) or grants.has_any(i.unit, OWNER)
    ]
    entered = set(
        Outcome.objects.filter(period__in=periods, indicator__in=indicators).values_list(
            "period_id", "indicator_id", "unit_id"
        )
    )
    items = []
    for period in periods:
        missing: dict[int, list[Indicator]] = {}
        for i in indicators:
            due = is_due(i.frequency, i.report_periods, period.kind, period.name)
            if due and (period.pk, i.pk, i.unit_id) not in entered:
                missing.setdefault(i.unit_id, []).append(i)
        for found in missing.values():
            unit = found[0].unit
            items.append(
                DueItem(
                    person_id=user.pk,
                    kind=_("Outcomes"),
                    title=ngettext(
                        "%(count)d measure has no outcome yet",
                        "%(count)d measures have no outcome yet",
                        len(found),
                    )
                    % {"count": len(found)},
                    url=reverse("followup:grid", args=[period.pk, unit.pk]),
                    task=_("Enter the outcomes"),
                    context=f"{period}, {unit.name}",
                    subject=f"period:{period.pk}:{unit.pk}",
                    due_on=period.report_by,
                )
            )
    return items


def dated_outcome_items() -> list[DueItem]:
    """For the reminder job: the outcomes due by a set last day, for everyone who reports.

    A constant number of queries per person who holds a reporting role in a region with an
    open period that has a last day; none where no such period exists.
    """
    regions = set(
        Period.objects.filter(status=PeriodStatus.OPEN, report_by__isnull=False).values_list(
            "unit_id", flat=True
        )
    )
    if not regions:
        return []
    people = User.objects.filter(
        is_active=True,
        region_id__in=regions,
        role_assignments__role__in=[*EDIT_ROLES, Role.OWNER],
    ).distinct()
    return [i for person in people for i in outcome_items(person) if i.due_on is not None]
