"""Measures for a balanced economy: the list per unit and programme, a measure's page, and
the forms to create and edit a measure and its links."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from audit.params import id_param
from economy.access import measure_policy
from economy.measure_forms import MeasureForm, MeasureLinksForm, NewMeasureForm
from economy.measure_page import measure_page, measure_queryset
from economy.measure_rows import effects_of, with_rows
from economy.models import Measure, Programme
from economy.services import measures as measure_services
from internal_control.models import Action, Risk
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from planning.models import Assignment, Indicator


def measure_or_404(request: HttpRequest, pk: int, need: str = "view") -> Measure:
    return get_visible_or_404(
        request.user, measure_policy, Measure.objects.select_related("unit"), pk, need=need
    )


def programmes_for(unit: Unit) -> Any:
    """The programmes a measure of the unit can belong to: the unit's and those above it."""
    return Programme.objects.filter(unit_id__in=unit.ancestor_ids).order_by("unit__path", "order")


@login_required
def measure_list(request: HttpRequest) -> HttpResponse:
    measures = measure_policy.scope(request.user, Measure.objects.all())
    unit = None
    if (unit_id := id_param(request.GET.get("enhet"))) is not None:
        unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)
        measures = measures.filter(unit__path__startswith=unit.path)
    rows = list(with_rows(measures).order_by("unit__path", "programme__order", "number"))
    effects = effects_of(rows)
    year = timezone.localdate().year
    groups: list[dict[str, Any]] = []
    for measure in rows:
        key = (measure.unit_id, measure.programme_id)
        if not groups or groups[-1]["key"] != key:
            groups.append(
                {"key": key, "unit": measure.unit, "programme": measure.programme, "rows": []}
            )
        groups[-1]["rows"].append(
            {
                "measure": measure,
                "planned": effects[measure.pk].planned_in(year),
                "has_calculation": bool(measure.calculations.all()),
            }
        )
    creatable = [
        u
        for u in unit_policy.scope(request.user, Unit.objects.open())
        if measure_policy.can_create_in(request.user, u) and grants_of(request.user).has_any(u)
    ]
    return render(
        request,
        "economy/measure_list.html",
        {
            "groups": groups,
            "unit": unit,
            "year": year,
            "creatable_units": creatable[:50],
            "balance_units": sorted({m.unit for m in rows}, key=lambda u: u.path),
        },
    )


@login_required
def measure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_visible_or_404(
        request.user, measure_policy, measure_queryset(Measure.objects.all()), pk
    )
    can_change = measure_policy.can_change(request.user, measure)
    return render(
        request,
        "economy/measure_detail.html",
        measure_page(measure, timezone.localdate())
        | {
            "measure": measure,
            "can_change": can_change,
            "can_view_history": measure_policy.can_view_history(request.user, measure),
        },
    )


@login_required
def measure_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not measure_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    year = timezone.localdate().year
    form = NewMeasureForm(
        request.POST or None,
        programmes=programmes_for(unit),
        region_id=unit.region_id,
        initial={"first_year": year, "last_year": year},
    )
    done = submit(
        request, form, lambda data: measure_services.create_measure(request.user, unit, **data)
    )
    if done.saved:
        messages.success(
            request, _("Measure %(number)s was added.") % {"number": done.result.number}
        )
        return redirect(done.result)
    return render(request, "economy/measure_form.html", {"form": form, "unit": unit})


@login_required
def measure_edit(request: HttpRequest, pk: int) -> HttpResponse:
    measure = measure_or_404(request, pk, need="change")
    initial = {f: getattr(measure, f) for f in measure_services.MEASURE_FIELDS} | {
        "version": measure.version
    }
    form = MeasureForm(
        request.POST or None,
        initial=initial,
        programmes=programmes_for(measure.unit),
        region_id=measure.unit.region_id,
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: measure_services.update_measure(request.user, measure, v, **data),
    )
    if done.saved:
        messages.success(request, _("The measure for a balanced economy was saved."))
        return redirect(measure)
    return render(
        request,
        "economy/measure_form.html",
        {"form": form, "measure": measure, "unit": measure.unit, "conflict": done.conflict},
    )


def _link_choices(measure: Measure) -> dict[str, Any]:
    region = f"/{measure.unit.region_id}/"
    return {
        "risks": Risk.objects.filter(plan__unit__path__startswith=region)
        .select_related("plan")
        .order_by("-plan__year", "plan_id", "number"),
        "assignments": Assignment.objects.filter(unit__path__startswith=region).order_by(
            "unit__path", "order", "code"
        ),
        "indicators": Indicator.objects.filter(unit__path__startswith=measure.unit.path).order_by(
            "unit__path", "order", "code"
        ),
        "actions": Action.objects.filter(unit__path__startswith=region).order_by(
            "unit__path", "plan_id", "number"
        ),
    }


@login_required
def measure_links(request: HttpRequest, pk: int) -> HttpResponse:
    measure = measure_or_404(request, pk, need="change")
    initial = {
        "risks": list(measure.risks.values_list("pk", flat=True)),
        "assignments": list(measure.assignments.values_list("pk", flat=True)),
        "indicators": list(measure.indicators.values_list("pk", flat=True)),
        "actions": list(measure.actions.values_list("pk", flat=True)),
        "version": measure.version,
    }
    form = MeasureLinksForm(request.POST or None, initial=initial, choices=_link_choices(measure))
    done = submit_versioned(
        request,
        form,
        lambda data, v: measure_services.set_measure_links(request.user, measure, v, **data),
    )
    if done.saved:
        messages.success(request, _("The measure's links were saved."))
        return redirect(measure)
    return render(
        request,
        "economy/measure_links.html",
        {"form": form, "measure": measure, "conflict": done.conflict},
    )
