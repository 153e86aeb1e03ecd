"""The review's pages as their readers and writers use them: what they show, and the forms
that write the answer, the promised measures, the reports and the auditors' closing."""

from __future__ import annotations

import datetime
import re

from django.test import Client
from django.urls import reverse

from committee.models import AuditReview, PromisedMeasure, Recommendation
from internal_control.models import Action
from tests.audits.conftest import ReviewWorld
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld


def _html(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.status_code
    return " ".join(response.content.decode().split())


def _token(html: str) -> str:
    found = re.search(r'name="submission" value="([0-9a-f]{32})"', html)
    assert found is not None
    return found.group(1)


def test_review_page_shows_the_assessment_answers_and_promises(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    html = _html(login(world.auditor).get(review_world.review.get_absolute_url()))
    assert "Den samlade bedömningen är att styrning brister." in html
    assert "<strong>1. Stärk kopplingen mellan mål och åtgärder.</strong>" in html
    assert "<strong>Svar:</strong> Nämnden delar bedömningen." in html
    assert "<li>Första insatsen</li><li>Andra insatsen</li>" in html
    # The owned promise: owner, deadline, status and latest report; the other not reported.
    assert "Åtgärd 1.1</strong> Rätt storlek, rätt stöd." in html
    assert "Anders" in html and "2099-06-30" in html and "Pågår" in html
    assert "2026-01-20: Stödfunktionerna är kartlagda." in html
    assert "Åtgärdsprogram:</strong> Rätt storlek, rätt stöd" in html
    unowned = html.split(f'id="atgard-{review_world.unowned.pk}"')[1].split("</dl>")[0]
    assert "Ej rapporterad" in unowned
    assert "Öppen: inte avslutad av revisorerna" in html
    assert "Katarina Nyberg Finn (S), Ordförande" in html
    # The auditor reads and downloads, and is offered no writing.
    assert "Svaret som PDF" in html and "Historik" in html
    for offer in ("Ändra granskningen", "Lägg till en rekommendation", "Rapportera åtgärd"):
        assert offer not in html


def test_review_page_warns_of_what_the_follow_up_lacks(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    html = _html(login(world.reader).get(review_world.review.get_absolute_url()))
    assert "Rekommendation 2 saknar svar." in html
    assert "Rekommendation 1, åtgärd 1.2" not in html  # positions are named 1, 2 …
    assert "Rekommendation 1, åtgärd 2 saknar ansvarig." in html
    assert "Rekommendation 1, åtgärd 2 saknar klart senast-datum." in html
    assert "åtgärd 1 saknar" not in html  # the owned promise has both


def test_a_promise_past_its_deadline_is_warned_of(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    PromisedMeasure.objects.filter(pk=review_world.owned.pk).update(
        deadline=datetime.date(2026, 1, 31)
    )
    html = _html(login(world.controller).get(review_world.review.get_absolute_url()))
    assert (
        "Rekommendation 1, åtgärd 1 har passerat klart senast-datum 2026-01-31 och är inte "
        "genomförd." in html
    )


def test_controller_records_a_review_its_recommendation_and_a_promise(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    url = reverse("committee:review_create", args=[world.committee.pk])
    response = client.post(
        url,
        {
            "title": "Granskning av ekonomisk strategi och planering",
            "auditors": "Regionens revisorer",
            "case_number": "HSN/1641/2025",
            "answered_on": "2025-11-15",
        },
    )
    review = AuditReview.objects.get()
    assert response.status_code == 302 and response["Location"] == review.get_absolute_url()
    assert review.history.get().history_user == world.controller
    client.post(
        reverse("committee:recommendation_create", args=[review.pk]),
        {"text": "Stärk kopplingen mellan mål och åtgärder.", "answer": "Svar som skrivet."},
    )
    recommendation = Recommendation.objects.get()
    assert recommendation.number == 1
    form = _html(client.get(reverse("committee:promise_create", args=[recommendation.pk])))
    action = Action.objects.get(plan=control_world.plan)
    assignment = control_world.assignments[0]
    assert "Åtgärder i internkontrollplanerna" in form and action.title in form
    assert assignment.text in form
    response = client.post(
        reverse("committee:promise_create", args=[recommendation.pk]),
        {
            "text": "Utveckla insatser och indikatorer inom nämndens ansvarsområde.",
            "owner": world.owner.pk,
            "deadline": "2026-06-30",
            "actions": [action.pk],
            "assignments": [assignment.pk],
        },
    )
    promise = PromisedMeasure.objects.get()
    assert response["Location"].endswith(f"#atgard-{promise.pk}")
    assert (promise.owner, promise.deadline, promise.status) == (
        world.owner,
        datetime.date(2026, 6, 30),
        "",
    )
    assert list(promise.actions.all()) == [action]
    assert list(promise.assignments.all()) == [assignment]
    page = _html(client.get(recommendation.get_absolute_url()))
    assert f"{control_world.plan.title}: Åtgärd 1. {action.title}" in page
    assert "Ej rapporterad" in page


def test_a_link_removed_is_in_the_promises_history(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    promise = review_world.owned
    url = reverse("committee:promise_edit", args=[promise.pk])
    form = _html(client.get(url))
    assert 'name="programmes"' in form
    response = client.post(
        url,
        {
            "version": promise.version,
            "text": promise.text,
            "owner": world.owner.pk,
            "deadline": "2099-06-30",
            "order": promise.order,
            "submission": _token(form),
        },
    )
    assert response.status_code == 302
    assert not promise.programmes.exists()
    history = _html(client.get(reverse("history:object", args=["promised-measure", promise.pk])))
    assert "Utlovad åtgärds åtgärdsprogram" in history
    assert "Rätt storlek, rätt stöd" in history
    assert "Karin" in history


def test_the_owner_reports_and_the_promise_takes_the_status(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.owner)
    url = reverse("committee:promise_report", args=[review_world.owned.pk])
    refused = client.post(url, {"status": "done", "reported_on": "2026-02-01", "comment": " "})
    assert '<a href="#id_comment">Vad som gjorts:' in _html(refused)
    assert review_world.owned.reports.count() == 1
    future = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    refused = client.post(url, {"status": "done", "reported_on": future, "comment": "Klart."})
    assert "En rapport kan inte dateras framåt i tiden." in _html(refused)
    response = client.post(
        url, {"status": "done", "reported_on": "2026-02-01", "comment": "Stödet är omformat."}
    )
    assert response.status_code == 302
    review_world.owned.refresh_from_db()
    assert review_world.owned.status == "done"
    # A report dated before the latest one does not turn the status back.
    client.post(url, {"status": "in_progress", "reported_on": "2026-01-25", "comment": "Mitt i."})
    review_world.owned.refresh_from_db()
    assert review_world.owned.status == "done"
    followup = _html(
        client.get(reverse("committee:review_followup", args=[review_world.review.pk]))
    )
    order = [followup.index(d) for d in ("2026-01-20", "2026-01-25", "2026-02-01")]
    assert order == sorted(order)
    assert "<strong>2026-02-01</strong>, åtgärd 1.1, genomförd: Stödet är omformat. (Anders)" in (
        followup
    )
    remains = followup.split("Vad som återstår")[1].split("</ul>")[0]
    assert "Utveckla indikatorer" in remains and "Rätt storlek" not in remains


def test_when_every_promise_is_done_the_recommendation_is_ready_to_close(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    for promise, status in ((review_world.owned, "done"), (review_world.unowned, "cancelled")):
        client.post(
            reverse("committee:promise_report", args=[promise.pk]),
            {"status": status, "reported_on": "2026-02-01", "comment": "Som utlovat."},
        )
    html = _html(client.get(review_world.review.get_absolute_url()))
    message = (
        "Rekommendation 1: alla utlovade åtgärder är genomförda, men revisorerna har inte "
        "avslutat den."
    )
    close_url = reverse("committee:recommendation_close", args=[review_world.first.pk])
    assert f'<a href="{close_url}">{message}</a>' in html
    # The controller records the auditors' closing; the warning goes.
    form = _html(client.get(close_url))
    first = review_world.first
    response = client.post(
        close_url,
        {
            "version": first.version,
            "closed_on": "2026-02-10",
            "closing_note": "Revisorerna bedömer rekommendationen som åtgärdad.",
            "submission": _token(form),
        },
    )
    assert response.status_code == 302
    html = _html(client.get(review_world.review.get_absolute_url()))
    assert message not in html
    assert (
        "Avslutad av revisorerna 2026-02-10: Revisorerna bedömer rekommendationen som åtgärdad."
        in html
    )


def test_the_auditors_close_only_after_the_answer(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    first = review_world.first
    response = client.post(
        reverse("committee:recommendation_close", args=[first.pk]),
        {"version": first.version, "closed_on": "2025-11-14"},
    )
    assert "Revisorerna avslutar en rekommendation efter att den besvarats (2025-11-15)." in _html(
        response
    )
    first.refresh_from_db()
    assert first.status == "open"


def test_an_answer_edited_meanwhile_is_not_overwritten(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    first = review_world.first
    url = reverse("committee:recommendation_edit", args=[first.pk])
    loaded = first.version
    data = {"number": 1, "text": first.text, "version": loaded}
    assert client.post(url, data | {"answer": "Karins svar."}).status_code == 302
    response = client.post(url, data | {"answer": "Ett annat svar."})
    html = _html(response)
    assert "Någon annan har sparat under tiden" in html and "Karins svar." in html
    first.refresh_from_db()
    assert first.answer == "Karins svar."


def test_two_recommendations_cannot_share_a_number(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    response = client.post(
        reverse("committee:recommendation_create", args=[review_world.review.pk]),
        {"number": 2, "text": "En till."},
    )
    assert "Granskningen har redan en rekommendation 2." in _html(response)
    assert review_world.review.recommendations.count() == 2


def test_a_form_posted_twice_saves_once(world: World, review_world: ReviewWorld, login) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    url = reverse("committee:recommendation_create", args=[review_world.review.pk])
    data = {"text": "Öka genomförandekraften.", "submission": _token(_html(client.get(url)))}
    first = client.post(url, data)
    again = client.post(url, data)
    assert first["Location"] == again["Location"]
    assert review_world.review.recommendations.count() == 3


def test_signatories_are_added_changed_and_removed_with_history(
    world: World, review_world: ReviewWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client: Client = login(world.controller)
    review = review_world.review
    client.post(
        reverse("committee:signatory_create", args=[review.pk]),
        {"name": "Anna Granevärn", "title": "Hälso- och sjukvårdsdirektör"},
    )
    chair, director = review.signatories.order_by("order")
    assert (director.name, director.order) == ("Anna Granevärn", 2)
    client.post(
        reverse("committee:signatory_edit", args=[chair.pk]),
        {"version": chair.version, "name": chair.name, "title": "Ordförande HSN", "order": 1},
    )
    client.post(reverse("committee:signatory_remove", args=[director.pk]))
    assert [s.title for s in review.signatories.all()] == ["Ordförande HSN"]
    history = _html(client.get(reverse("history:object", args=["review", review.pk])))
    assert "Anna Granevärn" in history and "Ordförande HSN" in history


def test_the_list_of_reviews(world: World, review_world: ReviewWorld, login) -> None:  # type: ignore[no-untyped-def]
    html = _html(login(world.reader).get(reverse("committee:reviews")))
    assert review_world.review.title in html and "0 / 2" in html
    assert "Registrera en ny granskning" not in html
    html = _html(login(world.controller).get(reverse("committee:reviews")))
    create = reverse("committee:review_create", args=[world.committee.pk])
    assert create in html
    assert reverse("committee:review_create", args=[world.division.pk]) not in html
    html = _html(login(world.outsider).get(reverse("committee:reviews")))
    assert "Inga granskningar ännu." in html and review_world.review.title not in html
