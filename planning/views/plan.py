"""The operational plan of a unit for a year, as the committee reads it: as of today or as
adopted (see plan_document), and recording its adoption."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit
from audit.params import year_param
from planning.access import goal_policy, indicator_policy, plan_unit_or_404
from planning.forms import PlanAdoptionForm
from planning.plan_document import build_plan_document, readable
from planning.plan_tree import default_year, plan_years
from planning.services.adoption import adopt_operational_plan, latest_adoption

AS_ADOPTED = "antagen"


@login_required
def operational_plan(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = plan_unit_or_404(request.user, unit_pk)
    years = plan_years(unit)
    year = default_year(years, datetime.date.today().year)
    if (chosen := year_param(request.GET.get("ar"))) is not None:
        year = chosen
    adoption = latest_adoption(unit, year)
    as_adopted = request.GET.get("version") == AS_ADOPTED and adoption is not None
    document = adoption.snapshot if as_adopted and adoption else build_plan_document(unit, year)
    plan = readable(document)
    return render(
        request,
        "planning/plan.html",
        plan
        | {
            "unit": unit,
            "year": year,
            "years": years,
            "adoption": adoption,
            "as_adopted": as_adopted,
            "can_add": not as_adopted and indicator_policy.can_create_in(request.user, unit),
            "can_adopt": bool(plan["tree"]) and goal_policy.can_create_in(request.user, unit),
            "can_write_chapters": goal_policy.can_create_in(request.user, unit),
        },
    )


@login_required
def plan_adopt(request: HttpRequest, unit_pk: int, year: int) -> HttpResponse:
    unit = plan_unit_or_404(request.user, unit_pk)
    if not goal_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = PlanAdoptionForm(request.POST or None, initial={"body": unit.name})
    done = submit(
        request,
        form,
        lambda data: adopt_operational_plan(request.user, unit, year=year, **data),
    )
    plan_url = f"{reverse('planning:plan', args=[unit.pk])}?ar={year}"
    if done.saved:
        messages.success(request, _("The adoption was recorded and the plan frozen as adopted."))
        return redirect(f"{plan_url}&version={AS_ADOPTED}")
    return render(
        request,
        "planning/plan_adopt.html",
        {
            "form": form,
            "unit": unit,
            "year": year,
            "plan_url": plan_url,
            "adoption": latest_adoption(unit, year),
        },
    )
