"""A recommendation with its answer and promised measures; add and edit one, and record
the auditors' closing of it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from committee.access import promise_policy, recommendation_policy
from committee.models import Recommendation
from committee.review_followup import recommendation_followup, with_promises
from committee.review_forms import (
    CloseRecommendationForm,
    NewRecommendationForm,
    RecommendationForm,
)
from committee.services import recommendations as recommendation_services
from committee.views.reviews import review_of
from committee.warnings import review_warnings
from organisation.access import get_visible_or_404


def recommendation_of(request: HttpRequest, pk: int, need: str = "view") -> Recommendation:
    return get_visible_or_404(
        request.user,
        recommendation_policy,
        Recommendation.objects.select_related("review__unit"),
        pk,
        need=need,
    )


@login_required
def recommendation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = recommendation_of(request, pk)
    loaded = with_promises(Recommendation.objects.filter(pk=recommendation.pk)).get()
    loaded.review = recommendation.review
    followup = recommendation_followup(loaded)
    reportable = {
        p.promise.pk
        for p in followup.promises
        if promise_policy.can_report(request.user, p.promise)
    }
    return render(
        request,
        "committee/recommendation_detail.html",
        {
            "review": recommendation.review,
            "recommendation": loaded,
            "item": followup,
            "warnings": review_warnings([followup]),
            "reportable": reportable,
            "can_change": recommendation_policy.can_change(request.user, recommendation),
            "can_view_history": recommendation_policy.can_view_history(
                request.user, recommendation
            ),
        },
    )


@login_required
def recommendation_create(request: HttpRequest, pk: int) -> HttpResponse:
    review = review_of(request, pk, need="change")
    form = NewRecommendationForm(request.POST or None)
    done = submit(
        request,
        form,
        lambda data: recommendation_services.add_recommendation(request.user, review, **data),
    )
    if done.saved:
        messages.success(
            request, _("Recommendation %(number)s was added.") % {"number": done.result.number}
        )
        return redirect(done.result)
    return render(request, "committee/recommendation_form.html", {"form": form, "review": review})


@login_required
def recommendation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = recommendation_of(request, pk, need="change")
    initial = {f: getattr(recommendation, f) for f in recommendation_services.RECOMMENDATION_FIELDS}
    form = RecommendationForm(
        request.POST or None, initial=initial | {"version": recommendation.version}
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: recommendation_services.update_recommendation(
            request.user, recommendation, v, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The recommendation and its answer were saved."))
        return redirect(recommendation)
    return render(
        request,
        "committee/recommendation_form.html",
        {
            "form": form,
            "review": recommendation.review,
            "recommendation": recommendation,
            "conflict": done.conflict,
        },
    )


@login_required
def recommendation_close(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = recommendation_of(request, pk, need="change")
    initial = {
        "version": recommendation.version,
        "closed_on": recommendation.closed_on or timezone.localdate(),
        "closing_note": recommendation.closing_note,
    }
    form = CloseRecommendationForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, v: recommendation_services.close_recommendation(
            request.user, recommendation, v, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The auditors' closing of the recommendation was recorded."))
        return redirect(recommendation)
    return render(
        request,
        "committee/recommendation_close.html",
        {
            "form": form,
            "review": recommendation.review,
            "recommendation": recommendation,
            "conflict": done.conflict,
        },
    )
