"""Budget frames: the list, a new frame, its totals, and its budget by unit and cost type."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import economy_policy, ledger_import_policy
from economy.budget_page import budget_page
from economy.forms import EditFrameForm, NewFrameForm
from economy.models import BudgetFrame
from economy.services import budget as budget_services
from economy.views.common import editable_units
from organisation.access import get_visible_or_404
from organisation.region_data import region_of


@login_required
def frame_list(request: HttpRequest) -> HttpResponse:
    region = region_of(request.user)
    frames = economy_policy.scope(request.user, BudgetFrame.objects.select_related("unit"))
    can_create = region is not None and editable_units(request.user, region).exists()
    return render(
        request,
        "economy/frame_list.html",
        {
            "frames": frames.order_by("-year", "unit__path"),
            "can_create": can_create,
            "can_import": region is not None
            and ledger_import_policy.can_create_in(request.user, region),
            "has_region": region is not None,
        },
    )


@login_required
def frame_create(request: HttpRequest) -> HttpResponse:
    region = region_of(request.user)
    units = editable_units(request.user, region) if region else None
    if units is None or not units.exists():
        raise PermissionDenied
    form = NewFrameForm(request.POST or None, units=units)
    done = submit(
        request,
        form,
        lambda data: budget_services.create_frame(
            request.user, data.pop("unit"), year=data.pop("year"), **data
        ),
    )
    if done.saved and done.result is not None:
        messages.success(request, _("The budget frame was created."))
        return redirect("economy:budget", done.result.pk)
    return render(request, "economy/frame_form.html", {"form": form, "frame": None})


@login_required
def frame_edit(request: HttpRequest, pk: int) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk, need="change"
    )
    initial = {
        "version": frame.version,
        "amount_unit": frame.amount_unit,
        "total_label": frame.total_label,
        "total_previous_year": frame.total_previous_year,
        "total": frame.total,
    }
    form = EditFrameForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, version: budget_services.update_frame(request.user, frame, version, **data),
    )
    if done.saved:
        messages.success(request, _("The budget frame was saved."))
        return redirect("economy:budget", frame.pk)
    return render(
        request,
        "economy/frame_form.html",
        {"form": form, "frame": frame, "conflict": done.conflict},
    )


@login_required
def budget(request: HttpRequest, pk: int) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk
    )
    page = budget_page(frame)
    return render(
        request,
        "economy/budget.html",
        page | {"frame": frame, "can_change": economy_policy.can_change(request.user, frame)},
    )
