"""Where due items come from: the internal control plans' open follow-ups, the measures
promised in answer to the auditors, and the outcomes of open periods.

Each source reads a constant number of queries however many items there are, for one person
(the start page) or for everyone (the reminder job: `people=None`).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from committee.models import PromisedMeasure, PromiseStatus, RecommendationStatus
from duties.items import DueItem
from internal_control.followup_asks import ACTION, CONTROL, RISK, asked_at, open_followups
from internal_control.models import FollowUp

TASKS = {
    ACTION: lambda: _("Report status and a comment"),
    CONTROL: lambda: _("Report the control's result"),
    RISK: lambda: _("Assess the risk again"),
}
REPORT_AT = {
    ACTION: "internal_control:action_report",
    CONTROL: "internal_control:control_report",
    RISK: "internal_control:risk_assess",
}


def followup_items(
    people: Iterable[int] | None, followups: list[FollowUp] | None = None
) -> list[DueItem]:
    """What each owner has still to report at the open follow-ups of internal control
    (or at the given ones)."""
    items = []
    for asked in asked_at(open_followups() if followups is None else followups, owners=people):
        owner_id = asked.item.owner_id
        if asked.reported or owner_id is None:
            continue
        followup = asked.followup
        title = asked.item.what if asked.kind == CONTROL else asked.item.title
        items.append(
            DueItem(
                person_id=owner_id,
                kind=f"{asked.kind_label} {asked.item.number}",
                title=title,
                url=reverse(REPORT_AT[asked.kind], args=[asked.item.pk]),
                task=TASKS[asked.kind](),
                context=f"{followup.name}, {followup.plan.title}",
                subject=f"followup:{followup.pk}",
                due_on=followup.due_on,
            )
        )
    return items


def promise_items(people: Iterable[int] | None) -> list[DueItem]:
    """Measures promised to the auditors that are neither done nor cancelled, by their deadline."""
    found = PromisedMeasure.objects.filter(
        owner__isnull=False, recommendation__status=RecommendationStatus.OPEN
    ).exclude(status__in=[PromiseStatus.DONE, PromiseStatus.CANCELLED])
    if people is not None:
        found = found.filter(Q(owner_id__in=list(people)))
    return [
        DueItem(
            person_id=promise.owner_id,
            kind=_("Promised measure"),
            title=promise.text,
            url=reverse("committee:promise_report", args=[promise.pk]),
            task=_("Report what was done"),
            context=promise.recommendation.review.title,
            subject=f"promise:{promise.pk}",
            due_on=promise.deadline,
        )
        for promise in found.select_related("recommendation__review").order_by("deadline", "pk")
        if promise.owner_id is not None
    ]
