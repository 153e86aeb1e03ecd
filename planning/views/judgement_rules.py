"""The organisation's rules for judging outcomes: read by everyone in it, kept by its
administrators and controllers."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit
from audit.numbers import format_number, input_number
from organisation.region_data import region_or_404
from planning.services.judgement_rules import (
    judgement_rules_policy,
    rules_of,
    set_partly_band,
)


class PartlyBandForm(forms.Form):
    partly_band = forms.DecimalField(
        label=gettext_lazy("Band of partly met, per cent of the target"),
        min_value=0,
        max_value=100,
        decimal_places=2,
        help_text=gettext_lazy(
            "An outcome that misses its target by at most this share of the target value is "
            "partly met. 0 makes every miss not met. A measure may have a band of its own."
        ),
    )
    goal_rule = forms.ChoiceField(
        label=gettext_lazy("A goal's fulfilment from its measures"),
        choices=[
            ("all", gettext_lazy("Met when all its measures are met; partly met when some are")),
            ("most", gettext_lazy("Met when more than half of its measures are met")),
            (
                "weighted",
                gettext_lazy(
                    "Met when its met measures weigh more than half of the judged measures' "
                    "weight; each measure weighs what is set on it, 1 where none is set"
                ),
            ),
        ],
        widget=forms.RadioSelect,
    )


@login_required
def judgement_rules(request: HttpRequest) -> HttpResponse:
    region = region_or_404(request)
    can_keep = judgement_rules_policy.can_create_in(request.user, region)
    if request.method == "POST" and not can_keep:
        raise PermissionDenied
    rules = rules_of(region.pk)
    band, goal_rule = rules.partly_band, rules.goal_rule
    form = PartlyBandForm(
        request.POST or None,
        initial={"partly_band": input_number(band), "goal_rule": goal_rule},
    )
    done = submit(
        request,
        form,
        lambda data: set_partly_band(
            request.user, region, Decimal(data["partly_band"]), data["goal_rule"]
        ),
    )
    if done.saved:
        messages.success(request, _("The rules were saved."))
        return redirect("planning:judgement_rules")
    return render(
        request,
        "planning/judgement_rules.html",
        {
            "form": form,
            "band_text": format_number(band),
            "goal_rule": goal_rule,
            "is_default": not rules.own,
            "can_keep": can_keep,
            "region": region,
        },
    )
