"""Create and edit a programme of measures (åtgärdsprogram)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import programme_policy
from economy.measure_forms import NewProgrammeForm, ProgrammeForm
from economy.models import Programme
from economy.services import measures as measure_services
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


def _list_of(unit: Unit) -> str:
    return reverse("economy:measures") + f"?enhet={unit.pk}"


@login_required
def programme_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not programme_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewProgrammeForm(request.POST or None)
    done = submit(
        request, form, lambda data: measure_services.create_programme(request.user, unit, **data)
    )
    if done.saved:
        messages.success(request, _("The programme was added."))
        return redirect(_list_of(unit))
    return render(request, "economy/programme_form.html", {"form": form, "unit": unit})


@login_required
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    programme = get_visible_or_404(
        request.user, programme_policy, Programme.objects.select_related("unit"), pk, need="change"
    )
    initial = {f: getattr(programme, f) for f in measure_services.PROGRAMME_FIELDS}
    form = ProgrammeForm(request.POST or None, initial=initial | {"version": programme.version})
    done = submit_versioned(
        request,
        form,
        lambda data, v: measure_services.update_programme(request.user, programme, v, **data),
    )
    if done.saved:
        messages.success(request, _("The programme was saved."))
        return redirect(_list_of(programme.unit))
    return render(
        request,
        "economy/programme_form.html",
        {"form": form, "programme": programme, "unit": programme.unit, "conflict": done.conflict},
    )
