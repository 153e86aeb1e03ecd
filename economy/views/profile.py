"""How the organisation periodises its budgets: evenly, or by twelve monthly weights."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from audit.form_flow import submit
from economy.access import profile_policy
from economy.forms import MONTH_FIELDS, profile_form
from economy.models import PeriodisationProfile
from economy.services import forecasts as forecast_services
from economy.views.common import region_or_404


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    current = PeriodisationProfile.objects.filter(region=region).first()
    can_keep = profile_policy.can_create_in(request.user, region)
    if request.method == "POST" and not can_keep:
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("even") == "1":
        if current is not None:
            forecast_services.remove_profile(request.user, current)
        messages.success(request, _("Budgets are spread evenly over the months."))
        return redirect("economy:profile")
    names = [str(MONTHS[m]).capitalize() for m in range(1, 13)]
    weights = [Decimal(w) for w in current.weights] if current else [Decimal(1)] * 12
    initial: dict[str, object] = dict(zip(MONTH_FIELDS, weights, strict=True)) | {
        "description": current.description if current else "",
        "version": current.version if current else 0,
    }
    form = profile_form(names, request.POST or None, initial)
    done = submit(
        request,
        form,
        lambda data: forecast_services.save_profile(
            request.user,
            region,
            [data[name] for name in MONTH_FIELDS],
            description=data["description"],
            expected_version=data["version"] or None,
        ),
    )
    if done.saved:
        messages.success(request, _("The periodisation profile was saved."))
        return redirect("economy:profile")
    total = sum(weights, Decimal(0))
    shares = [
        (name, f"{(w / total * 100):.1f}".replace(".", ","))
        for name, w in zip(names, weights, strict=True)
    ]
    return render(
        request,
        "economy/profile.html",
        {
            "form": form,
            "current": current,
            "can_keep": can_keep,
            "shares": shares,
            "conflict": done.conflict,
        },
    )
