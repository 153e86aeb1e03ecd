"""Setting what a measure's outcome is compared with in a period: those who change the
measure. An empty value takes the comparison away."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit
from followup.models import ComparisonKind, Period
from followup.services.comparisons import set_comparison
from organisation.access import get_visible_or_404
from planning.access import indicator_policy
from planning.models import Indicator


class ComparisonForm(forms.Form):
    period = forms.ModelChoiceField(label=gettext_lazy("Period"), queryset=Period.objects.none())
    kind = forms.ChoiceField(label=gettext_lazy("Compared with"), choices=ComparisonKind.choices)
    value = forms.DecimalField(
        label=gettext_lazy("Value"),
        required=False,
        max_digits=14,
        decimal_places=3,
        help_text=gettext_lazy("Leave empty to take the period's value away."),
    )
    source = forms.CharField(
        label=gettext_lazy("Source"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("For example Kolada."),
    )

    def __init__(self, *args: Any, periods: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = periods  # type: ignore[attr-defined]


@login_required
def comparison(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.select_related("unit"), pk, need="change"
    )
    periods = Period.objects.filter(unit_id=indicator.unit.region_id).order_by(
        "-year", "ends_on", "kind"
    )
    form = ComparisonForm(request.POST or None, periods=periods)
    done = submit(
        request,
        form,
        lambda data: set_comparison(
            request.user,
            indicator,
            data["period"],
            data["kind"],
            data["value"],
            source=data["source"],
        ),
    )
    if done.saved:
        messages.success(request, _("The comparison value was saved."))
        return redirect(indicator)
    return render(request, "followup/comparison_form.html", {"form": form, "indicator": indicator})
