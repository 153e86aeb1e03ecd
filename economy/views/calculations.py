"""Write a measure's calculation: its inputs and the formula over them."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import calculation_policy
from economy.measure_forms import CalculationForm, NewCalculationForm
from economy.models import Calculation, CostType, Measure
from economy.services import calculations as calculation_services
from economy.views.measures import measure_or_404
from organisation.access import get_visible_or_404


def _cost_types(measure: Measure) -> Any:
    return CostType.objects.filter(region_id=measure.unit.region_id).order_by("order", "pk")


def _anchor(calculation: Calculation) -> str:
    return f"{calculation.measure.get_absolute_url()}#calculation-{calculation.pk}"


@login_required
def calculation_create(request: HttpRequest, measure_pk: int) -> HttpResponse:
    measure = measure_or_404(request, measure_pk, need="change")
    form = NewCalculationForm(
        request.POST or None,
        cost_types=_cost_types(measure),
        initial={"year": measure.first_year, "from_month": 1},
    )

    def create(data: dict[str, Any]) -> Calculation:
        inputs = data.pop("inputs")
        return calculation_services.create_calculation(request.user, measure, inputs=inputs, **data)

    done = submit(request, form, create)
    if done.saved:
        messages.success(request, _("The calculation was saved."))
        return redirect(_anchor(done.result))
    return render(request, "economy/calculation_form.html", {"form": form, "measure": measure})


@login_required
def calculation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    calculation = get_visible_or_404(
        request.user,
        calculation_policy,
        Calculation.objects.select_related("measure__unit", "measure__owner").prefetch_related(
            "inputs"
        ),
        pk,
        need="change",
    )
    measure = calculation.measure
    form = CalculationForm(
        request.POST or None,
        cost_types=_cost_types(measure),
        initial=CalculationForm.initial_of(calculation),
    )

    def update(data: dict[str, Any], version: int) -> Calculation:
        inputs = data.pop("inputs")
        return calculation_services.update_calculation(
            request.user, calculation, version, inputs=inputs, **data
        )

    done = submit_versioned(request, form, update)
    if done.saved:
        messages.success(request, _("The calculation was saved."))
        return redirect(_anchor(calculation))
    return render(
        request,
        "economy/calculation_form.html",
        {"form": form, "measure": measure, "calculation": calculation, "conflict": done.conflict},
    )
