"""The organisation's cost types: read by everyone in it, kept by its keepers."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from economy.access import cost_type_policy
from economy.forms import CostTypeForm, NewCostTypeForm
from economy.models import CostType
from economy.services import cost_types as cost_type_services
from economy.views.common import region_or_404
from organisation.access import get_visible_or_404


@login_required
def cost_type_list(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    can_keep = cost_type_policy.can_create_in(request.user, region)
    form = NewCostTypeForm(request.POST or None)
    done = submit(
        request,
        form,
        lambda data: cost_type_services.create_cost_type(request.user, region, **data),
    )
    if done.saved:
        messages.success(request, _("The cost type was added."))
        return redirect("economy:cost_types")
    cost_types = cost_type_policy.scope(request.user, CostType.objects.filter(region=region))
    return render(
        request,
        "economy/cost_type_list.html",
        {
            "cost_types": cost_types,
            "form": form,
            "can_keep": can_keep,
            "presets": cost_type_services.presets() if can_keep else {},
        },
    )


@login_required
@require_POST
def cost_type_preset(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    try:
        made = cost_type_services.load_preset(request.user, region, request.POST.get("preset", ""))
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("%(count)s cost types were added.") % {"count": len(made)})
    return redirect("economy:cost_types")


def _cost_type(request: HttpRequest, pk: int) -> CostType:
    return get_visible_or_404(
        request.user, cost_type_policy, CostType.objects.all(), pk, need="change"
    )


@login_required
def cost_type_edit(request: HttpRequest, pk: int) -> HttpResponse:
    cost_type = _cost_type(request, pk)
    initial = {f: getattr(cost_type, f) for f in ("code", "name", "kind", "order", "version")}
    form = CostTypeForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, version: cost_type_services.update_cost_type(
            request.user, cost_type, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The cost type was saved."))
        return redirect("economy:cost_types")
    return render(
        request,
        "economy/simple_form.html",
        {
            "form": form,
            "title": _("Change the cost type %(name)s") % {"name": cost_type.name},
            "back_url": reverse("economy:cost_types"),
            "conflict": done.conflict,
        },
    )


@login_required
def cost_type_delete(request: HttpRequest, pk: int) -> HttpResponse:
    cost_type = _cost_type(request, pk)
    error = None
    if request.method == "POST":
        try:
            cost_type_services.delete_cost_type(request.user, cost_type)
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
        else:
            messages.success(request, _("The cost type was removed."))
            return redirect("economy:cost_types")
    return render(
        request,
        "economy/confirm_delete.html",
        {
            "what": cost_type,
            "title": _("Remove the cost type"),
            "back_url": reverse("economy:cost_types"),
            "error": error,
        },
    )
