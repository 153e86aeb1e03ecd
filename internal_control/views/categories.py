"""The organisation's risk categories: read by everyone in it, kept by its administrators."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from internal_control.access import risk_category_policy
from internal_control.category_forms import (
    CategoryHeadingForm,
    NewRiskCategoryForm,
    RiskCategoryForm,
)
from internal_control.models import RiskCategory
from internal_control.services import categories as category_services
from organisation.access import get_visible_or_404
from organisation.region_data import region_or_404


@login_required
def category_list(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    can_keep = risk_category_policy.can_create_in(request.user, region)
    form = NewRiskCategoryForm(request.POST or None)
    if request.method == "POST" and not can_keep:
        raise PermissionDenied
    done = submit(
        request,
        form,
        lambda data: category_services.create_category(request.user, region, **data),
    )
    if done.saved:
        messages.success(request, _("The risk category was added."))
        return redirect("internal_control:categories")
    categories = risk_category_policy.scope(
        request.user, RiskCategory.objects.filter(region=region)
    )
    heading = category_services.heading_of(region.pk)
    return render(
        request,
        "internal_control/category_list.html",
        {
            "categories": categories,
            "heading": heading,
            "form": form,
            "heading_form": CategoryHeadingForm(initial={"category_heading": heading}),
            "can_keep": can_keep,
            "presets": category_services.presets() if can_keep else {},
        },
    )


@login_required
def category_heading(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    if not risk_category_policy.can_create_in(request.user, region):
        raise PermissionDenied
    form = CategoryHeadingForm(
        request.POST or None,
        initial={"category_heading": category_services.heading_of(region.pk)},
    )
    done = submit(
        request,
        form,
        lambda data: category_services.set_heading(request.user, region, data["category_heading"]),
    )
    if done.saved:
        messages.success(request, _("The heading was saved."))
        return redirect("internal_control:categories")
    return render(
        request,
        "internal_control/category_form.html",
        {
            "form": form,
            "title": _("What the organisation calls its risk categories"),
            "back_url": reverse("internal_control:categories"),
        },
    )


@login_required
@require_POST
def category_preset(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    try:
        made = category_services.load_preset(request.user, region, request.POST.get("preset", ""))
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("%(count)s risk categories were added.") % {"count": len(made)})
    return redirect("internal_control:categories")


def _category(request: HttpRequest, pk: int) -> RiskCategory:
    return get_visible_or_404(
        request.user, risk_category_policy, RiskCategory.objects.all(), pk, need="change"
    )


@login_required
def category_edit(request: HttpRequest, pk: int) -> HttpResponse:
    category = _category(request, pk)
    initial = {f: getattr(category, f) for f in ("code", "name", "order", "version")}
    form = RiskCategoryForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, version: category_services.update_category(
            request.user, category, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The risk category was saved."))
        return redirect("internal_control:categories")
    return render(
        request,
        "internal_control/category_form.html",
        {
            "form": form,
            "title": _("Change the risk category %(code)s") % {"code": category.code},
            "back_url": reverse("internal_control:categories"),
            "conflict": done.conflict,
        },
    )


@login_required
def category_delete(request: HttpRequest, pk: int) -> HttpResponse:
    category = _category(request, pk)
    error = None
    if request.method == "POST":
        try:
            category_services.delete_category(request.user, category)
        except ValidationError as refusal:
            error = " ".join(refusal.messages)
        else:
            messages.success(request, _("The risk category was removed."))
            return redirect("internal_control:categories")
    return render(
        request,
        "internal_control/category_delete.html",
        {"category": category, "error": error},
    )
