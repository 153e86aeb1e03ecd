"""Reviews: the list of the bodies' reviews, a review with its answers and their follow-up,
create and edit a review and its signatories."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from committee.access import promise_policy, review_policy, signatory_policy
from committee.bodies import bodies_seen_by
from committee.models import AuditReview, RecommendationStatus, Signatory
from committee.review_followup import review_followup
from committee.review_forms import NewReviewForm, NewSignatoryForm, ReviewForm, SignatoryForm
from committee.services import reviews as review_services
from committee.warnings import review_warnings
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit

# The units that answer auditors: the council, the board and the committees.


def review_of(request: HttpRequest, pk: int, need: str = "view") -> AuditReview:
    return get_visible_or_404(
        request.user, review_policy, AuditReview.objects.select_related("unit"), pk, need=need
    )


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    closed = Q(recommendations__status=RecommendationStatus.CLOSED)
    reviews = (
        review_policy.scope(request.user, AuditReview.objects.select_related("unit"))
        .annotate(
            recommendation_count=Count("recommendations"),
            closed_count=Count("recommendations", filter=closed),
        )
        .order_by("unit__path", "-answered_on", "-pk")
    )
    units = [
        u for u in bodies_seen_by(request.user) if review_policy.can_create_in(request.user, u)
    ]
    return render(
        request, "committee/review_list.html", {"reviews": reviews, "creatable_units": units}
    )


@login_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    review = review_of(request, pk)
    followup = review_followup(review)
    can_change = review_policy.can_change(request.user, review)
    reportable = {
        p.promise.pk
        for r in followup.recommendations
        for p in r.promises
        if promise_policy.can_report(request.user, p.promise)
    }
    return render(
        request,
        "committee/review_detail.html",
        {
            "review": review,
            "followup": followup,
            "warnings": review_warnings(followup.recommendations),
            "reportable": reportable,
            "can_change": can_change,
            "can_view_history": review_policy.can_view_history(request.user, review),
        },
    )


@login_required
def review_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not review_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewReviewForm(request.POST or None, initial={"signed_for": unit.name})
    done = submit(
        request, form, lambda data: review_services.create_review(request.user, unit, **data)
    )
    if done.saved:
        messages.success(request, _("The review was created."))
        return redirect(done.result)
    return render(request, "committee/review_form.html", {"form": form, "unit": unit})


@login_required
def review_edit(request: HttpRequest, pk: int) -> HttpResponse:
    review = review_of(request, pk, need="change")
    initial = {f: getattr(review, f) for f in review_services.REVIEW_FIELDS}
    form = ReviewForm(request.POST or None, initial=initial | {"version": review.version})
    done = submit_versioned(
        request,
        form,
        lambda data, v: review_services.update_review(request.user, review, v, **data),
    )
    if done.saved:
        messages.success(request, _("The review was saved."))
        return redirect(review)
    return render(
        request,
        "committee/review_form.html",
        {"form": form, "review": review, "unit": review.unit, "conflict": done.conflict},
    )


@login_required
def signatory_create(request: HttpRequest, pk: int) -> HttpResponse:
    review = review_of(request, pk, need="change")
    form = NewSignatoryForm(request.POST or None)
    done = submit(
        request, form, lambda data: review_services.add_signatory(request.user, review, **data)
    )
    if done.saved:
        messages.success(request, _("The signatory was added."))
        return redirect(f"{review.get_absolute_url()}#undertecknare")
    return render(request, "committee/signatory_form.html", {"form": form, "review": review})


def _signatory(request: HttpRequest, pk: int) -> Signatory:
    return get_visible_or_404(
        request.user,
        signatory_policy,
        Signatory.objects.select_related("review__unit"),
        pk,
        need="change",
    )


@login_required
def signatory_edit(request: HttpRequest, pk: int) -> HttpResponse:
    signatory = _signatory(request, pk)
    initial = {f: getattr(signatory, f) for f in review_services.SIGNATORY_FIELDS}
    form = SignatoryForm(request.POST or None, initial=initial | {"version": signatory.version})
    done = submit_versioned(
        request,
        form,
        lambda data, v: review_services.update_signatory(request.user, signatory, v, **data),
    )
    if done.saved:
        messages.success(request, _("The signatory was saved."))
        return redirect(f"{signatory.review.get_absolute_url()}#undertecknare")
    return render(
        request,
        "committee/signatory_form.html",
        {
            "form": form,
            "review": signatory.review,
            "signatory": signatory,
            "conflict": done.conflict,
        },
    )


@login_required
@require_POST
def signatory_remove(request: HttpRequest, pk: int) -> HttpResponse:
    signatory = _signatory(request, pk)
    review = signatory.review
    review_services.remove_signatory(request.user, signatory)
    messages.success(request, _("%(name)s no longer signs the answer.") % {"name": signatory.name})
    return redirect(f"{review.get_absolute_url()}#undertecknare")
