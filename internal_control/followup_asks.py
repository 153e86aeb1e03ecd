"""What is still to report at a plan's open follow-up: the one rule of the status page,
the start pages and the reminders.

At an open follow-up every open action is reported (status and comment), every control
activity gets its result and every risk is assessed again. What has no report at that
follow-up is missing, whoever owns it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from internal_control.models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionUpdate,
    ControlActivity,
    ControlResult,
    FollowUp,
    Risk,
    RiskAssessment,
)

ACTION, CONTROL, RISK = "action", "control", "risk"


@dataclass(frozen=True)
class AskedFor:
    followup: FollowUp
    kind: str  # ACTION, CONTROL or RISK
    item: Any  # the Action, ControlActivity or Risk, with its owner loaded
    reported: bool

    @property
    def url(self) -> str:
        """Where the item is read: a control activity has no page of its own, its plan does."""
        if self.kind == CONTROL:
            return reverse("internal_control:plan", args=[self.item.plan_id]) + "#controls-heading"
        return str(self.item.get_absolute_url())

    @property
    def kind_label(self) -> str:
        return {ACTION: _("Action"), CONTROL: _("Control"), RISK: _("Risk")}[self.kind]


def open_followups(plans: Iterable[int] | None = None) -> list[FollowUp]:
    found = FollowUp.objects.filter(closed=False).select_related("plan__unit")
    if plans is not None:
        found = found.filter(plan_id__in=list(plans))
    return list(found.order_by("due_on", "pk"))


def asked_at(followups: list[FollowUp], owners: Iterable[int] | None = None) -> list[AskedFor]:
    """Every item each follow-up asks for, reported or not: six queries however many."""
    if not followups:
        return []
    by_plan: dict[int, list[FollowUp]] = {}
    for followup in followups:
        by_plan.setdefault(followup.plan_id, []).append(followup)
    who = Q() if owners is None else Q(owner_id__in=list(owners))
    plans = list(by_plan)
    ids = [f.pk for f in followups]
    sources = (
        (
            ACTION,
            Action.objects.filter(who, plan_id__in=plans, status__in=OPEN_ACTION_STATUSES),
            ActionUpdate.objects.filter(followup_id__in=ids).values_list(
                "followup_id", "action_id"
            ),
        ),
        (
            CONTROL,
            ControlActivity.objects.filter(who, plan_id__in=plans),
            ControlResult.objects.filter(followup_id__in=ids).values_list(
                "followup_id", "control_id"
            ),
        ),
        (
            RISK,
            Risk.objects.filter(who, plan_id__in=plans),
            RiskAssessment.objects.filter(followup_id__in=ids).values_list(
                "followup_id", "risk_id"
            ),
        ),
    )
    rows: list[AskedFor] = []
    for kind, items, reports in sources:
        done = set(reports)
        for item in items.select_related("owner").order_by("number"):
            for followup in by_plan.get(item.plan_id or 0, []):
                if _ended_by(item, followup):
                    continue
                rows.append(AskedFor(followup, kind, item, (followup.pk, item.pk) in done))
    return rows


def _ended_by(item: object, followup: FollowUp) -> bool:
    """A risk or control ended on or before a follow-up's day is not asked for by it."""
    ended_on = getattr(item, "ended_on", None)
    return ended_on is not None and ended_on <= followup.due_on
