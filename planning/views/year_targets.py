"""A measure's targets per year: set by those who change the measure; an empty target takes
the year's away, and the measure's own target holds for it again."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit
from organisation.access import get_visible_or_404
from planning.access import indicator_policy
from planning.models import Indicator, YearTarget
from planning.services.year_targets import set_year_target


class YearTargetForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    target_text = forms.CharField(
        label=gettext_lazy("Target of the year"),
        max_length=300,
        required=False,
        help_text=gettext_lazy(
            "In the organisation's own words, for example Minst 75 %. Leave empty to take the "
            "year's target away."
        ),
    )


@login_required
def year_targets(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_visible_or_404(
        request.user, indicator_policy, Indicator.objects.select_related("unit"), pk, need="change"
    )
    form = YearTargetForm(request.POST or None)
    done = submit(
        request,
        form,
        lambda data: set_year_target(request.user, indicator, data["year"], data["target_text"]),
    )
    if done.saved:
        messages.success(request, _("The target of the year was saved."))
        return redirect(indicator)
    return render(
        request,
        "planning/year_targets.html",
        {
            "form": form,
            "indicator": indicator,
            "targets": YearTarget.objects.filter(indicator=indicator).order_by("year"),
        },
    )
