"""Report a measure's realised effect for a month, and change a report."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import effect_policy
from economy.measure_forms import EffectForm, NewEffectForm
from economy.measure_rows import actual_values
from economy.models import CostType, Measure, RealisedEffect
from economy.services import effects as effect_services
from economy.views.measures import measure_or_404
from followup.models import Outcome
from organisation.access import get_visible_or_404


def _choices(measure: Measure) -> dict[str, Any]:
    calculations = list(measure.calculations.select_related("cost_type").prefetch_related("inputs"))
    outcomes = (
        Outcome.objects.filter(
            indicator__economy_measures=measure,
            period__year__gte=measure.first_year,
            period__year__lte=measure.last_year,
        )
        .select_related("indicator", "period")
        .order_by("indicator__order", "indicator__name", "period__starts_on", "period__ends_on")
    )
    cost_types = CostType.objects.filter(region_id=measure.unit.region_id).order_by("order", "pk")
    return {"calculations": calculations, "outcomes": outcomes, "cost_types": cost_types}


def _anchor(effect: RealisedEffect) -> str:
    return f"{effect.measure.get_absolute_url()}#effect-{effect.pk}"


@login_required
def effect_create(request: HttpRequest, measure_pk: int) -> HttpResponse:
    measure = measure_or_404(request, measure_pk, need="change")
    today = timezone.localdate()
    year = min(max(today.year, measure.first_year), measure.last_year)
    choices = _choices(measure)
    initial: dict[str, Any] = {"year": year, "month": max(today.month - 1, 1)}
    if len(choices["calculations"]) == 1:
        initial["calculation"] = choices["calculations"][0].pk
    form = NewEffectForm(request.POST or None, initial=initial, **choices)
    done = submit(
        request, form, lambda data: effect_services.report_effect(request.user, measure, **data)
    )
    if done.saved:
        messages.success(request, _("The realised effect was saved."))
        return redirect(_anchor(done.result))
    return render(request, "economy/effect_form.html", {"form": form, "measure": measure})


@login_required
def effect_edit(request: HttpRequest, pk: int) -> HttpResponse:
    effect = get_visible_or_404(
        request.user,
        effect_policy,
        RealisedEffect.objects.select_related("measure__unit", "measure__owner"),
        pk,
        need="change",
    )
    measure = effect.measure
    initial: dict[str, Any] = {
        name: getattr(effect, name) for name in ("year", "month", "amount", "comment", "version")
    } | {
        "calculation": effect.calculation_id,
        "indicator_outcome": effect.indicator_outcome_id,
        "cost_type": effect.cost_type_id,
    }
    initial |= {f"actual_{k}": v for k, v in actual_values(effect.actual_inputs).items()}
    form = EffectForm(request.POST or None, initial=initial, **_choices(measure))
    done = submit_versioned(
        request,
        form,
        lambda data, v: effect_services.update_effect(request.user, effect, v, **data),
    )
    if done.saved:
        messages.success(request, _("The realised effect was saved."))
        return redirect(_anchor(effect))
    return render(
        request,
        "economy/effect_form.html",
        {"form": form, "measure": measure, "effect": effect, "conflict": done.conflict},
    )
