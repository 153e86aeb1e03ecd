"""The financial system's codes: cost centres onto units, account ranges onto cost types."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import account_mapping_policy, cost_centre_mapping_policy, cost_type_policy
from economy.forms import (
    AccountMappingForm,
    CostCentreMappingForm,
    NewAccountMappingForm,
    NewCostCentreMappingForm,
)
from economy.models import AccountMapping, CostCentreMapping, CostType
from economy.services import mappings as mapping_services
from economy.views.common import editable_units, region_or_404
from organisation.access import get_visible_or_404


def _cost_types(request: HttpRequest, region: Any) -> Any:
    return cost_type_policy.scope(request.user, CostType.objects.filter(region=region))


@login_required
def cost_centre_list(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    units = editable_units(request.user, region)
    form = NewCostCentreMappingForm(
        request.POST or None, units=units, initial={"cost_centre": request.GET.get("ansvar", "")}
    )
    done = submit(
        request,
        form,
        lambda data: mapping_services.create_cost_centre_mapping(request.user, region, **data),
    )
    if done.saved:
        messages.success(
            request,
            _("Cost centre %(code)s was mapped to %(unit)s.")
            % {"code": done.result.cost_centre, "unit": done.result.unit}
            if done.result
            else _("The cost centre was mapped."),
        )
        return redirect("economy:cost_centres")
    mappings = cost_centre_mapping_policy.scope(
        request.user, CostCentreMapping.objects.filter(region=region).select_related("unit")
    )
    return render(
        request,
        "economy/cost_centre_list.html",
        {
            "mappings": mappings.order_by("cost_centre"),
            "form": form,
            "can_add": units.exists(),
            "user_edits": {
                m.pk for m in mappings if cost_centre_mapping_policy.can_change(request.user, m)
            },
            "is_example": any(m.is_example for m in mappings),
        },
    )


def _cost_centre(request: HttpRequest, pk: int) -> CostCentreMapping:
    return get_visible_or_404(
        request.user,
        cost_centre_mapping_policy,
        CostCentreMapping.objects.select_related("unit", "region"),
        pk,
        need="change",
    )


@login_required
def cost_centre_edit(request: HttpRequest, pk: int) -> HttpResponse:
    mapping = _cost_centre(request, pk)
    units = editable_units(request.user, mapping.region)
    initial = {"version": mapping.version, "cost_centre": mapping.cost_centre, "unit": mapping.unit}
    form = CostCentreMappingForm(request.POST or None, units=units, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, version: mapping_services.update_cost_centre_mapping(
            request.user, mapping, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The cost centre's mapping was saved."))
        return redirect("economy:cost_centres")
    return render(
        request,
        "economy/simple_form.html",
        {
            "form": form,
            "title": _("Change the mapping of cost centre %(code)s")
            % {"code": mapping.cost_centre},
            "back_url": reverse("economy:cost_centres"),
            "conflict": done.conflict,
        },
    )


@login_required
def cost_centre_delete(request: HttpRequest, pk: int) -> HttpResponse:
    mapping = _cost_centre(request, pk)
    if request.method == "POST":
        mapping_services.delete_cost_centre_mapping(request.user, mapping)
        messages.success(request, _("The cost centre's mapping was removed."))
        return redirect("economy:cost_centres")
    return render(
        request,
        "economy/confirm_delete.html",
        {
            "what": mapping,
            "title": _("Remove the cost centre's mapping"),
            "back_url": reverse("economy:cost_centres"),
        },
    )


@login_required
def account_list(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    can_keep = account_mapping_policy.can_create_in(request.user, region)
    form = NewAccountMappingForm(request.POST or None, cost_types=_cost_types(request, region))
    done = submit(
        request,
        form,
        lambda data: mapping_services.create_account_mapping(request.user, region, **data),
    )
    if done.saved:
        messages.success(request, _("The accounts were mapped."))
        return redirect("economy:accounts")
    mappings = account_mapping_policy.scope(
        request.user, AccountMapping.objects.filter(region=region).select_related("cost_type")
    )
    return render(
        request,
        "economy/account_list.html",
        {
            "mappings": mappings,
            "form": form,
            "can_keep": can_keep,
            "is_example": any(m.is_example for m in mappings),
        },
    )


def _account(request: HttpRequest, pk: int) -> AccountMapping:
    return get_visible_or_404(
        request.user,
        account_mapping_policy,
        AccountMapping.objects.select_related("region"),
        pk,
        need="change",
    )


@login_required
def account_edit(request: HttpRequest, pk: int) -> HttpResponse:
    mapping = _account(request, pk)
    initial = {
        "version": mapping.version,
        "first_account": mapping.first_account,
        "last_account": mapping.last_account,
        "cost_type": mapping.cost_type_id,
    }
    form = AccountMappingForm(
        request.POST or None, cost_types=_cost_types(request, mapping.region), initial=initial
    )
    done = submit_versioned(
        request,
        form,
        lambda data, version: mapping_services.update_account_mapping(
            request.user, mapping, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The accounts' mapping was saved."))
        return redirect("economy:accounts")
    return render(
        request,
        "economy/simple_form.html",
        {
            "form": form,
            "title": _("Change the accounts %(first)s–%(last)s")
            % {"first": mapping.first_account, "last": mapping.last_account},
            "back_url": reverse("economy:accounts"),
            "conflict": done.conflict,
        },
    )


@login_required
def account_delete(request: HttpRequest, pk: int) -> HttpResponse:
    mapping = _account(request, pk)
    if request.method == "POST":
        mapping_services.delete_account_mapping(request.user, mapping)
        messages.success(request, _("The accounts' mapping was removed."))
        return redirect("economy:accounts")
    return render(
        request,
        "economy/confirm_delete.html",
        {
            "what": mapping,
            "title": _("Remove the accounts' mapping"),
            "back_url": reverse("economy:accounts"),
        },
    )
