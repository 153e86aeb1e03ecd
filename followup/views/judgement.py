"""A person's judgement of fulfilment where the rule cannot decide, with its reason."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit_versioned
from followup.access import outcome_policy
from followup.models import Fulfilment, Outcome
from followup.scorecard import judge_row
from followup.services.outcomes import judge_manually
from organisation.access import get_visible_or_404
from organisation.forms import VersionedForm
from planning.services.judgement_rules import partly_band_of


class JudgementForm(VersionedForm):
    manual_fulfilment = forms.ChoiceField(
        label=gettext_lazy("Fulfilment"),
        choices=[("", gettext_lazy("Let the rule decide")), *Fulfilment.choices],
        required=False,
    )
    manual_reason = forms.CharField(
        label=gettext_lazy("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Why the measure is judged so, for example the national average."),
    )


@login_required
def judge_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    outcome = get_visible_or_404(
        request.user,
        outcome_policy,
        Outcome.objects.select_related("indicator__owner", "period", "unit"),
        pk,
        need="change",
    )
    form = JudgementForm(
        request.POST or None,
        initial={
            "manual_fulfilment": outcome.manual_fulfilment,
            "manual_reason": outcome.manual_reason,
            "version": outcome.version,
        },
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: judge_manually(
            request.user, outcome, data["manual_fulfilment"], data["manual_reason"], v
        ),
    )
    if done.saved:
        messages.success(request, _("The judgement was saved."))
        return redirect(outcome.indicator)
    rule_judgement, _manual = (
        judge_row(outcome.indicator, outcome, None, None, partly_band_of(outcome.unit.region_id))
        if not outcome.manual_fulfilment
        else (None, True)
    )
    return render(
        request,
        "followup/judge_outcome.html",
        {
            "form": form,
            "outcome": outcome,
            "conflict": done.conflict,
            "rule_judgement": rule_judgement,
        },
    )
