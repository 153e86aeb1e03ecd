"""Who opens which page of the reviews: every persona against every new page and document.

Readers and auditors read everything of the review, auditors its history too, and neither
writes (403); the owner of a promised measure reports on it and on nothing else; someone
of another region finds nothing (404); without a log-in every page leads to the log-in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from tests.audits.conftest import ReviewWorld
from tests.conftest import World

OK, FORBIDDEN, NOT_FOUND = 200, 403, 404

READ = dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=NOT_FOUND)
WRITE = dict(
    admin=OK,
    controller=OK,
    owner=FORBIDDEN,
    reader=FORBIDDEN,
    auditor=FORBIDDEN,
    outsider=NOT_FOUND,
)
OWNER_REPORTS = dict(WRITE, owner=OK)
HISTORY = dict(
    admin=OK, controller=OK, owner=FORBIDDEN, reader=FORBIDDEN, auditor=OK, outsider=NOT_FOUND
)
EVERYONE = dict(admin=OK, controller=OK, owner=OK, reader=OK, auditor=OK, outsider=OK)

Url = Callable[[ReviewWorld], str]

PAGES: dict[str, tuple[Url, dict[str, int]]] = {
    "review list": (lambda r: reverse("committee:reviews"), EVERYONE),
    "review": (lambda r: reverse("committee:review", args=[r.review.pk]), READ),
    "follow-up": (lambda r: reverse("committee:review_followup", args=[r.review.pk]), READ),
    "recommendation": (lambda r: reverse("committee:recommendation", args=[r.first.pk]), READ),
    "review edit": (lambda r: reverse("committee:review_edit", args=[r.review.pk]), WRITE),
    "review create": (
        lambda r: reverse("committee:review_create", args=[r.review.unit_id]),
        WRITE,
    ),
    "recommendation create": (
        lambda r: reverse("committee:recommendation_create", args=[r.review.pk]),
        WRITE,
    ),
    "recommendation edit": (
        lambda r: reverse("committee:recommendation_edit", args=[r.first.pk]),
        WRITE,
    ),
    "recommendation close": (
        lambda r: reverse("committee:recommendation_close", args=[r.first.pk]),
        WRITE,
    ),
    "signatory create": (
        lambda r: reverse("committee:signatory_create", args=[r.review.pk]),
        WRITE,
    ),
    "signatory edit": (
        lambda r: reverse("committee:signatory_edit", args=[r.review.signatories.get().pk]),
        WRITE,
    ),
    "promise create": (lambda r: reverse("committee:promise_create", args=[r.first.pk]), WRITE),
    "promise edit (own)": (lambda r: reverse("committee:promise_edit", args=[r.owned.pk]), WRITE),
    "promise report (own)": (
        lambda r: reverse("committee:promise_report", args=[r.owned.pk]),
        OWNER_REPORTS,
    ),
    "promise report (other's)": (
        lambda r: reverse("committee:promise_report", args=[r.unowned.pk]),
        WRITE,
    ),
    "answer PDF": (lambda r: reverse("reports:review_answer_pdf", args=[r.review.pk]), READ),
    "answer Word": (lambda r: reverse("reports:review_answer_docx", args=[r.review.pk]), READ),
    "follow-up PDF": (lambda r: reverse("reports:review_followup_pdf", args=[r.review.pk]), READ),
    "follow-up Word": (
        lambda r: reverse("reports:review_followup_docx", args=[r.review.pk]),
        READ,
    ),
    "review history": (lambda r: reverse("history:object", args=["review", r.review.pk]), HISTORY),
    "recommendation history": (
        lambda r: reverse("history:object", args=["recommendation", r.first.pk]),
        HISTORY,
    ),
    "promise history": (
        lambda r: reverse("history:object", args=["promised-measure", r.owned.pk]),
        HISTORY,
    ),
}
CASES = [
    pytest.param(page, persona, status, id=f"{page}-{persona}")
    for page, (_url, expected) in PAGES.items()
    for persona, status in expected.items()
]


@pytest.mark.parametrize(("page", "persona", "status"), CASES)
def test_access(world: World, review_world: ReviewWorld, login, page, persona, status) -> None:  # type: ignore[no-untyped-def]
    url = PAGES[page][0](review_world)
    assert login(world.persona(persona)).get(url).status_code == status


@pytest.mark.parametrize("page", list(PAGES))
def test_anonymous_is_sent_to_log_in(client: Client, review_world: ReviewWorld, page: str) -> None:
    url = PAGES[page][0](review_world)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


# Writes posted straight to the address, past the pages that offer them.
POSTS: dict[str, tuple[Url, dict[str, str]]] = {
    "review edit": (
        lambda r: reverse("committee:review_edit", args=[r.review.pk]),
        {"title": "Ändrad", "auditors": "Revisorerna"},
    ),
    "recommendation close": (
        lambda r: reverse("committee:recommendation_close", args=[r.first.pk]),
        {"closed_on": "2026-02-01"},
    ),
    "promise report (other's)": (
        lambda r: reverse("committee:promise_report", args=[r.unowned.pk]),
        {"status": "done", "reported_on": "2026-02-01", "comment": "Klart."},
    ),
    "signatory remove": (
        lambda r: reverse("committee:signatory_remove", args=[r.review.signatories.get().pk]),
        {},
    ),
}


@pytest.mark.parametrize("persona", ["owner", "reader", "auditor", "outsider"])
@pytest.mark.parametrize("write", list(POSTS))
def test_who_may_not_write_changes_nothing(
    world: World, review_world: ReviewWorld, login, persona: str, write: str
) -> None:  # type: ignore[no-untyped-def]
    url, data = POSTS[write]
    review = review_world.review
    before = (review.version, review.signatories.count(), review_world.unowned.reports.count())
    response = login(world.persona(persona)).post(url(review_world), data)
    assert response.status_code == (NOT_FOUND if persona == "outsider" else FORBIDDEN)
    review.refresh_from_db()
    first = review_world.first
    first.refresh_from_db()
    after = (review.version, review.signatories.count(), review_world.unowned.reports.count())
    assert after == before and first.closed_on is None
