"""The organisation tree of the person's region and the home page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from organisation.access import grants_of, history_export_paths, unit_policy, user_policy
from organisation.models import Unit


@login_required
def home(request: HttpRequest) -> HttpResponse:
    grants = grants_of(request.user)
    assignments = (
        request.user.role_assignments.select_related("unit")  # type: ignore[union-attr]
        .filter(unit__closed_on__isnull=True)
        .order_by("unit__path", "role")
    )
    return render(
        request,
        "organisation/home.html",
        {
            "assignments": assignments,
            "has_roles": bool(grants.grants),
            "can_manage_people": user_policy.can_manage_people(request.user),
            "can_export_history": bool(history_export_paths(request.user)),
        },
    )


@login_required
def unit_tree(request: HttpRequest) -> HttpResponse:
    show_closed = request.GET.get("stangda") == "1"
    units = unit_policy.scope(request.user, Unit.objects.all()).order_by("path")
    if not show_closed:
        units = units.filter(closed_on__isnull=True)
    return render(
        request, "organisation/unit_tree.html", {"units": units, "show_closed": show_closed}
    )
