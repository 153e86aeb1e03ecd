"""What a committee's operational plan carries beside its goals: the budget frame, the
investment plan, the areas it follows up and its meeting calendar, for the plan year.
A fixed number of queries whatever their length."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Prefetch

from committee.models import FollowUpArea, Meeting, MeetingItem
from economy.models import BudgetFrame, BudgetLine, Investment
from organisation.models import Unit


def plan_appendices(unit: Unit, year: int) -> dict[str, Any]:
    frame = (
        BudgetFrame.objects.filter(unit=unit, year=year)
        .prefetch_related(Prefetch("lines", queryset=BudgetLine.objects.order_by("order")))
        .first()
    )
    meetings = list(
        Meeting.objects.filter(
            unit=unit, date__gte=datetime.date(year, 1, 1), date__lte=datetime.date(year, 12, 31)
        ).prefetch_related(Prefetch("items", queryset=MeetingItem.objects.order_by("order")))
    )
    return {
        "budget": frame,
        "investments": list(Investment.objects.filter(unit=unit, year=year)),
        "follow_up_areas": list(FollowUpArea.objects.filter(unit=unit, year=year)),
        "meetings": meetings,
    }
