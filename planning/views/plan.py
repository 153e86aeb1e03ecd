"""The operational plan of a unit for a year, as the committee reads it (see plan_tree)."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from planning.access import indicator_policy
from planning.plan_appendices import plan_appendices
from planning.plan_tree import default_year, plan_tree, plan_years


@login_required
def operational_plan(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not grants_of(request.user).has_any(unit):
        # Units above one's own are context in the tree, not readable plans.
        raise Http404
    years = plan_years(unit)
    year = default_year(years, datetime.date.today().year)
    if (chosen := request.GET.get("ar", "")).isdigit():
        year = int(chosen)
    return render(
        request,
        "planning/plan.html",
        {
            "unit": unit,
            "year": year,
            "years": years,
            "tree": plan_tree(unit, year),
            **plan_appendices(unit, year),
            "can_add": indicator_policy.can_create_in(request.user, unit),
        },
    )
