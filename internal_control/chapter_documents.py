"""The internal control plan and its follow-ups as documents chapters are written in
(chapters.documents)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy

from chapters.documents import DocumentKind, Owner
from internal_control.access import plan_policy
from internal_control.models import ControlPlan, FollowUp
from organisation.models import Unit

PLAN_PLACES = (
    ("start", gettext_lazy("Before the risks")),
    ("end", gettext_lazy("At the end, after the control activities")),
)
FOLLOW_UP_PLACES = (
    ("start", gettext_lazy("Before the risks followed up")),
    ("end", gettext_lazy("At the end, after the control activities")),
)


def plan_owner(plan: ControlPlan) -> Owner:
    return Owner(
        unit=plan.unit, key=plan.pk, title=plan.title, url=plan.get_absolute_url(), subject=plan
    )


def _plan(unit: Unit, pk: int) -> Owner | None:
    plan = ControlPlan.objects.filter(unit=unit, pk=pk).select_related("unit").first()
    return plan_owner(plan) if plan is not None else None


def follow_up_owner(followup: FollowUp) -> Owner:
    unit = followup.plan.unit
    return Owner(
        unit=unit,
        key=followup.pk,
        title=f"{followup.plan.title}: {followup.name}",
        url=reverse("internal_control:followup_status", args=[followup.plan_id]),
        subject=followup.plan,
    )


def _follow_up(unit: Unit, pk: int) -> Owner | None:
    followup = FollowUp.objects.filter(plan__unit=unit, pk=pk).select_related("plan__unit").first()
    return follow_up_owner(followup) if followup is not None else None


def _may_read(user: Any, owner: Owner) -> bool:
    return plan_policy.can_view(user, owner.subject)


def _may_write(user: Any, owner: Owner) -> bool:
    return plan_policy.can_change(user, owner.subject)


CONTROL_PLAN = DocumentKind(
    key="internkontrollplan",
    label=gettext_lazy("Internal control plan"),
    places=PLAN_PLACES,
    owner=_plan,
    may_read=_may_read,
    may_write=_may_write,
)
CONTROL_FOLLOW_UP = DocumentKind(
    key="uppfoljning",
    label=gettext_lazy("Follow-up of the internal control plan"),
    places=FOLLOW_UP_PLACES,
    owner=_follow_up,
    may_read=_may_read,
    may_write=_may_write,
)
