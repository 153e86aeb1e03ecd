"""The review's pages and documents cost the same number of queries with two
recommendations or with many, each with many promised measures, links and reports."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from committee.services.promises import create_promise, report_on_promise
from committee.services.recommendations import add_recommendation
from economy.models import Programme
from organisation.access import SYSTEM
from organisation.services.tokens import create_api_token
from tests.audits.conftest import ReviewWorld
from tests.conftest import World

PAGES: dict[str, Callable[[ReviewWorld], str]] = {
    "review": lambda r: reverse("committee:review", args=[r.review.pk]),
    "follow-up": lambda r: reverse("committee:review_followup", args=[r.review.pk]),
    "recommendation": lambda r: reverse("committee:recommendation", args=[r.first.pk]),
    "api promises": lambda r: f"/api/audits/recommendations/{r.first.pk}/promises",
    "api warnings": lambda r: f"/api/audits/reviews/{r.review.pk}/warnings",
    "follow-up PDF": lambda r: reverse("reports:review_followup_pdf", args=[r.review.pk]),
    "follow-up Word": lambda r: reverse("reports:review_followup_docx", args=[r.review.pk]),
    "answer Word": lambda r: reverse("reports:review_answer_docx", args=[r.review.pk]),
}


def _grow(world: World, r: ReviewWorld, recommendations: int, promises: int) -> None:
    programme = Programme.objects.create(unit=world.committee, name=f"Program {recommendations}")
    targets = [r.first] + [
        add_recommendation(SYSTEM, r.review, text=f"Rekommendation {n}.", answer="Svar.")
        for n in range(recommendations)
    ]
    for recommendation in targets:
        for n in range(promises):
            promise = create_promise(
                SYSTEM,
                recommendation,
                text=f"Åtgärd {n}.",
                owner=world.owner,
                deadline=datetime.date(2099, 1, 1),
                programmes=[programme, r.programme],
            )
            report_on_promise(
                SYSTEM,
                promise,
                status="in_progress",
                comment="Pågår.",
                reported_on=datetime.date(2026, 1, 1),
            )


def _count(client, url: str) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("page", list(PAGES))
def test_queries_do_not_grow_with_recommendations_and_promises(
    world: World, review_world: ReviewWorld, login, page: str
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.owner)  # the owner: every promise is checked for reporting
    if page.startswith("api"):
        token = create_api_token(world.owner, "t")[1]
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    url = PAGES[page](review_world)
    client.get(url)  # the first use of a token records it, once
    _grow(world, review_world, 1, 1)
    small = _count(client, url)
    _grow(world, review_world, 8, 4)
    large = _count(client, url)
    assert small == large, f"{page}: {small} queries with few rows, {large} with many"
