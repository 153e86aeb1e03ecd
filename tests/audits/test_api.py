"""Reviews through the API: the pages' permissions, version checks and history."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from committee.models import AuditReview, PromisedMeasure, Recommendation
from internal_control.models import Action
from organisation.services.tokens import create_api_token
from tests.audits.conftest import ReviewWorld
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

OK, CREATED, FORBIDDEN, NOT_FOUND, UNAUTHENTICATED = 200, 201, 403, 404, 401
PERSONAS = ["admin", "controller", "owner", "reader", "auditor", "outsider"]


def auth(user: Any) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def send(client: Client, method: str, url: str, data: dict[str, Any], user: Any = None) -> Any:
    headers = auth(user) if user is not None else {}
    return getattr(client, method)(
        url, data=json.dumps(data), content_type="application/json", **headers
    )


Url = Callable[[ReviewWorld], str]
READS: dict[str, Url] = {
    "reviews/{id}": lambda r: f"/api/audits/reviews/{r.review.pk}",
    "reviews/{id}/warnings": lambda r: f"/api/audits/reviews/{r.review.pk}/warnings",
    "reviews/{id}/recommendations": lambda r: f"/api/audits/reviews/{r.review.pk}/recommendations",
    "recommendations/{id}": lambda r: f"/api/audits/recommendations/{r.first.pk}",
    "recommendations/{id}/promises": lambda r: f"/api/audits/recommendations/{r.first.pk}/promises",
    "promises/{id}": lambda r: f"/api/audits/promises/{r.owned.pk}",
    "promises/{id}/reports": lambda r: f"/api/audits/promises/{r.owned.pk}/reports",
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("read", list(READS))
def test_reads(
    world: World, review_world: ReviewWorld, client: Client, read: str, persona: str
) -> None:
    response = client.get(READS[read](review_world), **auth(world.persona(persona)))
    assert response.status_code == (NOT_FOUND if persona == "outsider" else OK)


@pytest.mark.parametrize("read", list(READS))
def test_reads_need_a_log_in(review_world: ReviewWorld, client: Client, read: str) -> None:
    assert client.get(READS[read](review_world)).status_code == UNAUTHENTICATED


def test_the_list_holds_what_the_caller_may_read(
    world: World, review_world: ReviewWorld, client: Client
) -> None:
    listed = client.get("/api/audits/reviews", **auth(world.auditor)).json()
    assert [r["id"] for r in listed] == [review_world.review.pk]
    assert [s["name"] for s in listed[0]["signatories"]] == ["Katarina Nyberg Finn (S)"]
    assert client.get("/api/audits/reviews", **auth(world.outsider)).json() == []
    promise = client.get(f"/api/audits/promises/{review_world.owned.pk}", **auth(world.reader))
    assert promise.json()["programme_ids"] == [review_world.programme.pk]
    assert promise.json()["status"] == "in_progress"
    unowned = client.get(f"/api/audits/promises/{review_world.unowned.pk}", **auth(world.reader))
    assert unowned.json()["status"] == ""  # not reported
    warnings = client.get(
        f"/api/audits/reviews/{review_world.review.pk}/warnings", **auth(world.reader)
    ).json()
    assert {"code": "answer_missing", "message": "Rekommendation 2 saknar svar."} in warnings


# Writes: (method, url, body) and who may make them.
WRITERS = {"admin", "controller"}
Write = Callable[[ReviewWorld], tuple[str, str, dict[str, Any]]]
WRITES: dict[str, tuple[Write, set[str]]] = {
    "create review": (
        lambda r: (
            "post",
            "/api/audits/reviews",
            {"unit_id": r.review.unit_id, "title": "Ny granskning", "auditors": "Revisorerna"},
        ),
        WRITERS,
    ),
    "change review": (
        lambda r: (
            "patch",
            f"/api/audits/reviews/{r.review.pk}",
            {"version": r.review.version, "closing": "Ny avslutning."},
        ),
        WRITERS,
    ),
    "add recommendation": (
        lambda r: (
            "post",
            f"/api/audits/reviews/{r.review.pk}/recommendations",
            {"text": "Öka genomförandekraften."},
        ),
        WRITERS,
    ),
    "change recommendation": (
        lambda r: (
            "patch",
            f"/api/audits/recommendations/{r.second.pk}",
            {"version": r.second.version, "answer": "Nämnden delar uppfattningen."},
        ),
        WRITERS,
    ),
    "record closing": (
        lambda r: (
            "post",
            f"/api/audits/recommendations/{r.first.pk}/closing",
            {"version": r.first.version, "closed_on": "2026-02-10"},
        ),
        WRITERS,
    ),
    "add promise": (
        lambda r: (
            "post",
            f"/api/audits/recommendations/{r.first.pk}/promises",
            {"text": "Ny åtgärd.", "programme_ids": [r.programme.pk]},
        ),
        WRITERS,
    ),
    "change promise": (
        lambda r: (
            "patch",
            f"/api/audits/promises/{r.owned.pk}",
            {"version": r.owned.version, "deadline": "2099-12-31"},
        ),
        WRITERS,
    ),
    "report on own promise": (
        lambda r: (
            "post",
            f"/api/audits/promises/{r.owned.pk}/reports",
            {"status": "done", "comment": "Klart.", "reported_on": "2026-02-01"},
        ),
        WRITERS | {"owner"},
    ),
    "report on another's promise": (
        lambda r: (
            "post",
            f"/api/audits/promises/{r.unowned.pk}/reports",
            {"status": "done", "comment": "Klart.", "reported_on": "2026-02-01"},
        ),
        WRITERS,
    ),
}


def _state(r: ReviewWorld) -> tuple[Any, ...]:
    return (
        AuditReview.objects.count(),
        Recommendation.objects.count(),
        PromisedMeasure.objects.count(),
        sorted(AuditReview.objects.values_list("version", flat=True)),
        sorted(Recommendation.objects.values_list("version", flat=True)),
        sorted(PromisedMeasure.objects.values_list("version", flat=True)),
        r.owned.reports.count() + r.unowned.reports.count(),
    )


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("write", list(WRITES))
def test_writes(
    world: World, review_world: ReviewWorld, client: Client, write: str, persona: str
) -> None:
    make, allowed = WRITES[write]
    method, url, body = make(review_world)
    before = _state(review_world)
    response = send(client, method, url, body, world.persona(persona))
    if persona in allowed:
        assert response.status_code in (OK, CREATED), response.content
        assert _state(review_world) != before
    else:
        assert response.status_code == (NOT_FOUND if persona == "outsider" else FORBIDDEN)
        assert _state(review_world) == before


@pytest.mark.parametrize("write", list(WRITES))
def test_writes_need_a_log_in(review_world: ReviewWorld, client: Client, write: str) -> None:
    method, url, body = WRITES[write][0](review_world)
    assert send(client, method, url, body).status_code == UNAUTHENTICATED


def test_a_stale_version_is_refused_with_what_changed(
    world: World, review_world: ReviewWorld, client: Client
) -> None:
    first = review_world.first
    url = f"/api/audits/recommendations/{first.pk}"
    loaded = first.version
    ok = send(client, "patch", url, {"version": loaded, "answer": "Karins svar."}, world.controller)
    assert ok.status_code == OK and ok.json()["version"] == loaded + 1
    stale = send(client, "patch", url, {"version": loaded, "answer": "Annat."}, world.admin)
    assert stale.status_code == 409
    assert stale.json()["current_version"] == loaded + 1
    assert [c["field"] for c in stale.json()["changes"]] == ["answer"]
    closing = send(
        client,
        "post",
        f"{url}/closing",
        {"version": loaded, "closed_on": "2026-02-10"},
        world.controller,
    )
    assert closing.status_code == 409
    first.refresh_from_db()
    assert (first.answer, first.status) == ("Karins svar.", "open")
    assert first.history.latest().history_user == world.controller


def test_links_must_be_of_the_body_and_exist(
    world: World, review_world: ReviewWorld, control_world: ControlWorld, client: Client
) -> None:
    url = f"/api/audits/recommendations/{review_world.first.pk}/promises"
    board_action = Action.objects.create(unit=world.board, number=1, title="Regionstyrelsens")
    own_action = Action.objects.get(plan=control_world.plan)
    refused = send(
        client, "post", url, {"text": "X", "action_ids": [board_action.pk]}, world.controller
    )
    assert refused.status_code == 422
    assert refused.json()["errors"] == {
        "action_ids": [
            "Välj bara det som hör till Hälso- och sjukvårdsnämnden eller en enhet under den."
        ]
    }
    missing = send(client, "post", url, {"text": "X", "programme_ids": [10**9]}, world.controller)
    assert missing.status_code == 422 and "programme_ids" in missing.json()["errors"]
    made = send(client, "post", url, {"text": "X", "action_ids": [own_action.pk]}, world.controller)
    assert made.status_code == CREATED and made.json()["action_ids"] == [own_action.pk]
    assert PromisedMeasure.objects.filter(text="X").count() == 1


def test_changing_links_leaves_history(
    world: World, review_world: ReviewWorld, client: Client
) -> None:
    promise = review_world.owned
    response = send(
        client,
        "patch",
        f"/api/audits/promises/{promise.pk}",
        {"version": promise.version, "programme_ids": []},
        world.controller,
    )
    assert response.status_code == OK and response.json()["programme_ids"] == []
    link_history = promise.programme_links.model.history.filter(promise_id=promise.pk)
    assert [h.history_type for h in link_history.order_by("history_date")] == ["+", "-"]
    assert link_history.latest().history_user == world.controller
    # A field left out keeps its value.
    response = send(
        client,
        "patch",
        f"/api/audits/promises/{promise.pk}",
        {"version": response.json()["version"], "owner_title": "Hälso- och sjukvårdsdirektör"},
        world.controller,
    )
    assert response.json()["owner_id"] == world.owner.pk
