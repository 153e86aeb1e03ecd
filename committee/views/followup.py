"""The follow-up of a review's recommendations, as the auditors read it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from committee.review_followup import review_followup
from committee.views.reviews import review_of


@login_required
def review_followup_page(request: HttpRequest, pk: int) -> HttpResponse:
    review = review_of(request, pk)
    return render(
        request,
        "committee/review_followup.html",
        {"review": review, "followup": review_followup(review)},
    )
