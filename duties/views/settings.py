"""Each person's choice of reminders, and the region's rules for when they go out."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit_versioned
from duties.forms import ChoiceForm, RulesForm
from duties.services import choice_of, rules_of, set_choice, set_rules
from organisation.access import unit_policy

CHOICE_FIELDS = ("before", "after", "digest")
RULE_FIELDS = ("days_before", "days_after", "digest_weekday")


@login_required
def choice(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    current = choice_of(user)
    initial = {f: getattr(current, f) for f in CHOICE_FIELDS} | {"version": current.version}
    form = ChoiceForm(request.POST or None, initial=initial)
    done = submit_versioned(request, form, lambda data, v: set_choice(user, v, **data))
    if done.saved:
        messages.success(request, _("Your choice of reminders was saved."))
        return redirect("duties:choice")
    return render(
        request,
        "duties/choice.html",
        {"form": form, "conflict": done.conflict, "has_email": bool(user.email)},
    )


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    region = user.region
    if region is None:
        raise Http404
    if not unit_policy.can_change(user, region):
        raise PermissionDenied
    current = rules_of(region)
    initial = {f: getattr(current, f) for f in RULE_FIELDS} | {"version": current.version}
    form = RulesForm(request.POST or None, initial=initial)
    done = submit_versioned(request, form, lambda data, v: set_rules(user, region, v, **data))
    if done.saved:
        messages.success(request, _("The region's reminder rules were saved."))
        return redirect("duties:rules")
    return render(
        request,
        "duties/rules.html",
        {"form": form, "conflict": done.conflict, "region": region, "saved": current.pk},
    )
