"""The committee's year: a page per body with its meetings and their items, the deadlines of
its follow-ups, the adoptions of its plans and the answers it owes, month by month."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import formats

from committee.access import committee_policy
from committee.bodies import bodies_seen_by
from committee.follow_up_areas import areas_with_meetings
from committee.models import Meeting
from committee.sent_reports import sent_periods
from committee.year_events import events
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


@login_required
def calendar_list(request: HttpRequest) -> HttpResponse:
    bodies = bodies_seen_by(request.user)
    years: dict[int, list[int]] = {}
    for unit_id, year in (
        Meeting.objects.filter(unit__in=bodies)
        .values_list("unit_id", "date__year")
        .distinct()
        .order_by("date__year")
    ):
        years.setdefault(unit_id, []).append(year)
    return render(
        request,
        "committee/calendar_list.html",
        {
            "rows": [(body, years.get(body.pk, [])) for body in bodies],
            "this_year": datetime.date.today().year,
            "menu_section": "calendar",
        },
    )


@login_required
def body_year(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    found = events([unit], datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    months = [
        (
            formats.date_format(datetime.date(year, month, 1), "F"),
            [e for e in found if e.date.month == month],
        )
        for month in range(1, 13)
    ]
    return render(
        request,
        "committee/body_year.html",
        {
            "unit": unit,
            "year": year,
            "months": months,
            "meetings": sum(1 for e in found if e.kind == "meeting"),
            "sent_periods": sent_periods(unit.pk),
            "areas": areas_with_meetings(unit.pk, year),
            "can_change": committee_policy.can_create_in(request.user, unit),
            "menu_section": "calendar",
        },
    )
