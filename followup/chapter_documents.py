"""A unit's report for a period (a tertial or year report) as a document chapters are
written in (chapters.documents)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chapters.documents import DocumentKind, Owner, reads_the_unit
from followup.models import Period
from followup.services.goal_judgements import may_judge_goals
from organisation.models import Unit

PLACES = (
    ("start", gettext_lazy("Before the goal fulfilment")),
    ("end", gettext_lazy("At the end, after the economy")),
)


def report_owner(unit: Unit, period: Period) -> Owner:
    """The unit's report for the period, for a page or document that has both at hand."""
    return Owner(
        unit=unit,
        key=period.pk,
        title=_("%(unit)s: follow-up %(period)s") % {"unit": unit.name, "period": period},
        url=f"{reverse('followup:scorecard')}?period={period.pk}&enhet={unit.pk}",
        subject=period,
    )


def _owner(unit: Unit, pk: int) -> Owner | None:
    period = Period.objects.filter(unit_id=unit.region_id, pk=pk).first()
    return report_owner(unit, period) if period is not None else None


def _may_write(user: Any, owner: Owner) -> bool:
    return may_judge_goals(user, owner.unit)


PERIOD_REPORT = DocumentKind(
    key="rapport",
    label=gettext_lazy("Report for the period"),
    places=PLACES,
    owner=_owner,
    may_read=reads_the_unit,
    may_write=_may_write,
)
