"""The organisation tree of the person's region."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from organisation.access import unit_policy
from organisation.models import Unit


@login_required
def unit_tree(request: HttpRequest) -> HttpResponse:
    show_closed = request.GET.get("stangda") == "1"
    units = unit_policy.scope(request.user, Unit.objects.all()).order_by("path")
    if not show_closed:
        units = units.filter(closed_on__isnull=True)
    return render(
        request, "organisation/unit_tree.html", {"units": units, "show_closed": show_closed}
    )
