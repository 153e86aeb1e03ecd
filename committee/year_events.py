"""A body's year as dated events: its meetings with their items, the deadlines of its
internal control follow-ups and of the region's reporting periods, the adoptions of its
plans, and the answers it owes the auditors.

The calendar page groups them by month; the iCalendar feeds give them to people's own
calendars. Seven queries however many events, for one body or several; the region's
reporting deadlines are in each body's year.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _

from committee.models import AuditReview, Meeting, MeetingItem
from followup.models import Period
from internal_control.models import FollowUp, PlanAdoption
from planning.decision_dates import DAY, written_decision_date
from planning.models import OperationalPlanAdoption

MEETING, DEADLINE, ADOPTION, ANSWER = "meeting", "deadline", "adoption", "answer"


@dataclass(frozen=True)
class Event:
    uid: str  # stable across feeds and years: "meeting-12"
    kind: str  # MEETING, DEADLINE, ADOPTION or ANSWER
    date: datetime.date
    title: str
    unit_id: int
    url: str | None = None
    end_date: datetime.date | None = None
    # The date as the source writes it, where only its month or year is known ("2022-05-xx").
    written_date: str = ""
    items: list[MeetingItem] = field(default_factory=list)
    meeting_id: int | None = None

    @property
    def kind_label(self) -> str:
        return {
            MEETING: _("Meeting"),
            DEADLINE: _("Reporting deadline"),
            ADOPTION: _("Adoption"),
            ANSWER: _("Answer to the auditors due"),
        }[self.kind]

    @property
    def items_by_kind(self) -> list[tuple[str, list[MeetingItem]]]:
        grouped: dict[str, list[MeetingItem]] = {}
        for item in self.items:
            grouped.setdefault(item.kind, []).append(item)
        return list(grouped.items())


def items_with_what_they_present() -> Prefetch:
    """A meeting's items in order, each with the plan, report, area or review it presents."""
    return Prefetch(
        "items",
        queryset=MeetingItem.objects.select_related(
            "control_plan", "report_period", "follow_up_area", "review"
        ).order_by("order", "pk"),
    )


def events(units: Iterable[Any], start: datetime.date, end: datetime.date) -> list[Event]:
    """Every event of the bodies between `start` and `end` (both included), by date."""
    units_list = list(units)
    ids = [u.pk for u in units_list]
    found: list[Event] = []
    meetings = (
        Meeting.objects.filter(unit_id__in=ids, date__range=(start, end))
        .select_related("unit")
        .prefetch_related(items_with_what_they_present())
    )
    for meeting in meetings:
        found.append(
            Event(
                f"meeting-{meeting.pk}",
                MEETING,
                meeting.date,
                _("Meeting of %(body)s") % {"body": meeting.unit.name},
                meeting.unit_id,
                end_date=meeting.end_date,
                items=list(meeting.items.all()),
                meeting_id=meeting.pk,
            )
        )
    for followup in FollowUp.objects.filter(
        plan__unit_id__in=ids, due_on__range=(start, end)
    ).select_related("plan"):
        found.append(
            Event(
                f"followup-{followup.pk}",
                DEADLINE,
                followup.due_on,
                f"{followup.name}: {followup.plan.title}",
                followup.plan.unit_id,
                url=reverse("internal_control:followup_status", args=[followup.plan_id]),
            )
        )
    for adoption in PlanAdoption.objects.filter(
        plan__unit_id__in=ids, adopted_on__range=(start, end)
    ).select_related("plan"):
        found.append(
            _adoption(
                f"plan-adoption-{adoption.pk}",
                adoption,
                adoption.plan.title,
                adoption.plan.unit_id,
                adoption.plan.get_absolute_url(),
            )
        )
    for decision in OperationalPlanAdoption.objects.filter(
        unit_id__in=ids, adopted_on__range=(start, end)
    ).select_related("unit"):
        found.append(
            _adoption(
                f"operational-adoption-{decision.pk}",
                decision,
                _("Operational plan %(year)s") % {"year": decision.year},
                decision.unit_id,
                reverse("planning:plan", args=[decision.unit_id]) + f"?ar={decision.year}",
            )
        )
    regions = {u.region_id: u.pk for u in units_list}
    for period in Period.objects.filter(
        unit_id__in=list(regions), report_by__range=(start, end)
    ).order_by("report_by"):
        if period.report_by is not None:
            found.append(
                Event(
                    f"period-{period.pk}",
                    DEADLINE,
                    period.report_by,
                    _("Outcomes of %(period)s") % {"period": period},
                    regions[period.unit_id],
                    url=reverse("followup:worklist") + f"?period={period.pk}",
                )
            )
    for review in AuditReview.objects.filter(unit_id__in=ids, answer_due_on__range=(start, end)):
        if review.answer_due_on is not None:
            found.append(
                Event(
                    f"review-answer-{review.pk}",
                    ANSWER,
                    review.answer_due_on,
                    review.title,
                    review.unit_id,
                    url=review.get_absolute_url(),
                )
            )
    return sorted(found, key=lambda e: (e.date, e.kind != MEETING, e.uid))


def _adoption(uid: str, adoption: Any, title: str, unit_id: int, url: str) -> Event:
    precise = adoption.adopted_on_precision == DAY
    reference = f" {adoption.decision_reference}" if adoption.decision_reference else ""
    return Event(
        uid,
        ADOPTION,
        adoption.adopted_on,
        f"{title} ({adoption.body}{reference})",
        unit_id,
        url=url,
        written_date=""
        if precise
        else written_decision_date(adoption.adopted_on, adoption.adopted_on_precision),
    )
