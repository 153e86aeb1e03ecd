"""Promised measures: add and edit one with what it is carried out through, and report on it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from committee.access import promise_policy
from committee.models import PromisedMeasure, Recommendation
from committee.review_forms import NewPromiseForm, PromiseForm, PromiseReportForm
from committee.services import promises as promise_services
from committee.views.recommendations import recommendation_of
from economy.models import Measure, Programme
from internal_control.models import Action
from organisation.access import get_visible_or_404
from planning.models import Assignment


def _choices(recommendation: Recommendation) -> dict[str, Any]:
    """What of the body and the units under it a promise can be carried out through."""
    path = recommendation.review.unit.path
    return {
        "programmes": Programme.objects.filter(unit__path__startswith=path)
        .select_related("unit")
        .order_by("unit__path", "order", "pk"),
        "economy_measures": Measure.objects.filter(unit__path__startswith=path)
        .select_related("unit")
        .order_by("unit__path", "number"),
        "actions": Action.objects.filter(unit__path__startswith=path)
        .select_related("unit", "plan")
        .order_by("-plan__year", "plan__pk", "number"),
        "assignments": Assignment.objects.filter(unit__path__startswith=path)
        .select_related("unit")
        .order_by("-year", "order", "code"),
    }


def _url(promise: PromisedMeasure) -> str:
    return f"{promise.recommendation.get_absolute_url()}#atgard-{promise.pk}"


def _promise(request: HttpRequest, pk: int) -> PromisedMeasure:
    return get_visible_or_404(
        request.user,
        promise_policy,
        PromisedMeasure.objects.select_related("recommendation__review__unit", "owner"),
        pk,
    )


@login_required
def promise_create(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = recommendation_of(request, pk, need="change")
    form = NewPromiseForm(
        request.POST or None,
        region_id=recommendation.review.unit.region_id,
        choices=_choices(recommendation),
    )
    done = submit(
        request,
        form,
        lambda data: promise_services.create_promise(request.user, recommendation, **data),
    )
    if done.saved:
        messages.success(request, _("The promised measure was added."))
        return redirect(_url(done.result))
    return render(
        request,
        "committee/promise_form.html",
        {"form": form, "recommendation": recommendation, "review": recommendation.review},
    )


@login_required
def promise_edit(request: HttpRequest, pk: int) -> HttpResponse:
    promise = _promise(request, pk)
    if not promise_policy.can_change(request.user, promise):
        raise PermissionDenied
    recommendation = promise.recommendation
    initial: dict[str, Any] = {f: getattr(promise, f) for f in promise_services.PROMISE_FIELDS}
    for name in promise_services.LINKS:
        initial[name] = list(getattr(promise, name).values_list("pk", flat=True))
    form = PromiseForm(
        request.POST or None,
        initial=initial | {"version": promise.version},
        region_id=recommendation.review.unit.region_id,
        choices=_choices(recommendation),
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: promise_services.update_promise(request.user, promise, v, **data),
    )
    if done.saved:
        messages.success(request, _("The promised measure was saved."))
        return redirect(_url(promise))
    return render(
        request,
        "committee/promise_form.html",
        {
            "form": form,
            "promise": promise,
            "recommendation": recommendation,
            "review": recommendation.review,
            "conflict": done.conflict,
        },
    )


@login_required
def promise_report(request: HttpRequest, pk: int) -> HttpResponse:
    promise = _promise(request, pk)
    if not promise_policy.can_report(request.user, promise):
        raise PermissionDenied
    initial = {"status": promise.status or None, "reported_on": timezone.localdate()}
    form = PromiseReportForm(request.POST or None, initial=initial)
    done = submit(
        request,
        form,
        lambda data: promise_services.report_on_promise(request.user, promise, **data),
    )
    if done.saved:
        messages.success(request, _("Your report on the promised measure was saved."))
        return redirect(_url(promise))
    recommendation = promise.recommendation
    return render(
        request,
        "committee/promise_report.html",
        {
            "form": form,
            "promise": promise,
            "recommendation": recommendation,
            "review": recommendation.review,
        },
    )
