"""A controller's judgement of a goal in the unit's scorecard for a period, with its reason."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit
from followup.access import period_policy
from followup.models import Fulfilment, GoalJudgement, Period
from followup.scorecard import build_scorecard
from followup.services.goal_judgements import judge_goal, may_judge_goals
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from planning.models import Goal


class GoalJudgementForm(forms.Form):
    fulfilment = forms.ChoiceField(
        label=gettext_lazy("The goal's fulfilment"),
        choices=[("", gettext_lazy("Let the rule decide")), *Fulfilment.choices],
        required=False,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Why the goal is judged so, beyond what its measures say."),
    )


@login_required
def goal_judgement(
    request: HttpRequest, goal_pk: int, unit_pk: int, period_pk: int
) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_pk)
    goal = get_object_or_404(Goal, pk=goal_pk, unit_id__in=[unit.pk, *unit.ancestor_ids])
    if not may_judge_goals(request.user, unit):
        raise PermissionDenied
    entry = next(
        (
            g
            for p in build_scorecard(unit, period)
            for g in p["goals"]
            if g["goal"] is not None and g["goal"].pk == goal.pk
        ),
        None,
    )
    existing = GoalJudgement.objects.filter(goal=goal, unit=unit, period=period).first()
    form = GoalJudgementForm(
        request.POST or None,
        initial={"fulfilment": existing.fulfilment, "reason": existing.reason} if existing else {},
    )
    done = submit(
        request,
        form,
        lambda data: judge_goal(
            request.user, goal, unit, period, data["fulfilment"], data["reason"]
        ),
    )
    back = reverse("followup:scorecard") + f"?period={period.pk}&enhet={unit.pk}"
    if done.saved:
        messages.success(request, _("The goal's judgement was saved."))
        return redirect(back)
    return render(
        request,
        "followup/goal_judgement.html",
        {
            "form": form,
            "goal": goal,
            "unit": unit,
            "period": period,
            "rule_verdict": entry["rule_verdict"] if entry and "rule_verdict" in entry else None,
            "back": back,
        },
    )
