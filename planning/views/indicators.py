"""Create and edit an indicator, with its target as the region writes it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.access import indicator_policy
from planning.forms import IndicatorForm, NewIndicatorForm
from planning.models import Goal, Indicator
from planning.services import indicators as indicator_services

EDITABLE = [f for f in indicator_services.INDICATOR_FIELDS if f != "owner"]


def _goals(unit: Unit) -> object:
    return Goal.objects.filter(unit_id__in=unit.ancestor_ids).order_by("order", "code", "title")


@login_required
def indicator_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not indicator_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewIndicatorForm(request.POST or None, goals=_goals(unit), initial={"sex_split": True})
    done = submit(
        request, form, lambda data: indicator_services.create_indicator(request.user, unit, **data)
    )
    if done.saved:
        messages.success(request, _("The measure was created."))
        return redirect(done.result)
    return render(request, "planning/indicator_form.html", {"form": form, "unit": unit})


@login_required
def indicator_edit(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.select_related("unit"), pk, need="change"
    )
    initial = {f: getattr(indicator, f) for f in EDITABLE} | {"version": indicator.version}
    form = IndicatorForm(request.POST or None, goals=_goals(indicator.unit), initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, v: indicator_services.update_indicator(request.user, indicator, v, **data),
    )
    if done.saved:
        messages.success(request, _("The measure was saved."))
        return redirect(indicator)
    return render(
        request,
        "planning/indicator_form.html",
        {"form": form, "indicator": indicator, "unit": indicator.unit, "conflict": done.conflict},
    )
