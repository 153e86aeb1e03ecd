"""The start page: what the person has to do, most urgent first, and who has not reported."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from duties.due import due_for
from duties.followup_overview import followups_to_follow
from organisation.access import (
    grants_of,
    history_export_paths,
    is_installation_administrator,
    user_policy,
)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    today = timezone.localdate()
    grants = grants_of(user)
    assignments = (
        user.role_assignments.select_related("unit")
        .filter(unit__closed_on__isnull=True)
        .order_by("unit__path", "role")
    )
    items = [(item, item.state(today)) for item in due_for(user)] if grants.grants else []
    return render(
        request,
        "duties/home.html",
        {
            "assignments": assignments,
            "has_roles": bool(grants.grants),
            "installation_administrator": is_installation_administrator(user),
            "can_manage_people": user_policy.can_manage_people(user),
            "can_export_history": bool(history_export_paths(user)),
            "items": items,
            "late": sum(1 for _item, state in items if state == "late"),
            "followups": followups_to_follow(user, today) if grants.grants else [],
            "today": today,
        },
    )
