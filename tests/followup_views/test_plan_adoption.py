"""Adopting an operational plan freezes it: the plan as adopted never changes afterwards."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisation.models import User
from organisation.services.tokens import create_api_token
from planning.models import Frequency, Goal, GoalLevel, Indicator, OperationalPlanAdoption
from planning.plan_document import build_plan_document, readable
from planning.services.adoption import adopt_operational_plan
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.page_text import without_cell_labels


def _auth(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def _send(client: Client, url: str, body: dict[str, Any], user: User) -> Any:
    return client.post(url, data=json.dumps(body), content_type="application/json", **_auth(user))


DECISION = {"adopted_on": datetime.date(2022, 12, 16), "body": "HSN", "decision_reference": "§ 212"}


def test_the_stored_plan_is_plain_json_and_reads_like_the_live_plan(
    world: World, followup_world: FollowupWorld
) -> None:
    document = build_plan_document(world.committee, 2022)
    stored = json.loads(json.dumps(document))  # no encoder: only JSON's own types
    assert readable(stored) == readable(document)
    goal = readable(stored)["tree"][0]["goals"][0]
    assert goal["goal"]["title"] == "God och nära vård"
    assert goal["goal"]["level_label"]
    measure = goal["measures"][0]["indicator"]
    assert measure["target_text"] == followup_world.indicators[0].target_text
    assert measure["url"] == followup_world.indicators[0].get_absolute_url()


def test_adoption_needs_a_controller_a_body_a_date_not_in_the_future_and_goals(
    world: World, followup_world: FollowupWorld
) -> None:
    with pytest.raises(PermissionDenied):
        adopt_operational_plan(world.reader, world.committee, year=2022, **DECISION)
    with pytest.raises(ValidationError) as refused:
        adopt_operational_plan(
            world.controller,
            world.committee,
            year=2022,
            adopted_on=datetime.date(2099, 12, 16),
            body=" ",
            decision_reference="",
        )
    # The paragraph may be unknown; the body may not, nor may the date lie in the future.
    assert set(refused.value.message_dict) == {"body", "adopted_on"}
    Goal.objects.filter(unit=world.committee).update(first_year=2022, last_year=2022)
    with pytest.raises(ValidationError) as refused:
        adopt_operational_plan(world.controller, world.committee, year=2030, **DECISION)
    assert "2030" in refused.value.message_dict["year"][0]
    assert not OperationalPlanAdoption.objects.exists()
    adoption = adopt_operational_plan(world.controller, world.committee, year=2022, **DECISION)
    assert adoption.history.get().history_user == world.controller


def test_the_page_shows_the_plan_of_today_and_exactly_as_adopted(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    adopt_url = reverse("planning:plan_adopt", args=[world.committee.pk, 2022])
    plan_url = reverse("planning:plan", args=[world.committee.pk])

    reader = login(world.reader)
    assert "Registrera antagande" not in reader.get(f"{plan_url}?ar=2022").content.decode()
    assert reader.get(adopt_url).status_code == 403
    assert login(world.outsider).get(adopt_url).status_code == 404

    client = login(world.controller)
    assert "Registrera antagande" in client.get(f"{plan_url}?ar=2022").content.decode()
    refused = client.post(
        adopt_url, {"adopted_on": "2099-12-16", "body": "HSN", "decision_reference": "§ 212"}
    )
    assert refused.status_code == 200
    assert "Antagandedatumet kan inte ligga i framtiden." in refused.content.decode()
    assert not OperationalPlanAdoption.objects.exists()
    response = client.post(
        adopt_url, {"adopted_on": "2022-12-16", "body": "HSN", "decision_reference": "§ 212"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{plan_url}?ar=2022&version=antagen"

    old_target = indicator.target_text
    Indicator.objects.filter(pk=indicator.pk).update(target_text="Minst 95 %")
    Goal.objects.create(
        unit=world.committee, level=GoalLevel.COMMITTEE, title="Ett mål från i våras"
    )

    today = client.get(f"{plan_url}?ar=2022").content.decode()
    assert "Minst 95 %" in today and "Ett mål från i våras" in today
    assert "Antagen av HSN 2022-12-16, § 212" in today
    adopted = client.get(f"{plan_url}?ar=2022&version=antagen").content.decode()
    assert old_target in adopted
    assert "Minst 95 %" not in adopted and "Ett mål från i våras" not in adopted
    assert "Planen som den antogs av HSN 2022-12-16, § 212" in adopted
    # The adopted plan is read, not edited: no edit links and no second adoption from it.
    assert "Ändra mål" not in adopted and adopt_url not in adopted

    with CaptureQueriesContext(connection) as before:
        client.get(f"{plan_url}?ar=2022&version=antagen")
    Goal.objects.bulk_create(
        [Goal(unit=world.committee, level=GoalLevel.COMMITTEE, title=f"Mål {n}") for n in range(40)]
    )
    adopt_operational_plan(world.controller, world.committee, year=2022, **DECISION)
    with CaptureQueriesContext(connection) as after:
        page = client.get(f"{plan_url}?ar=2022&version=antagen").content.decode()
    assert "Mål 39" in page  # the latest adoption is the plan as adopted
    assert len(after) == len(before)


def test_as_adopted_without_an_adoption_is_the_plan_of_today_on_the_page_and_404_for_documents(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    page = client.get(
        reverse("planning:plan", args=[world.committee.pk]) + "?ar=2022&version=antagen"
    )
    assert page.status_code == 200 and "God och nära vård" in page.content.decode()
    pdf = reverse("reports:operational_plan_pdf", args=[world.committee.pk, 2022])
    assert client.get(f"{pdf}?version=antagen").status_code == 404
    assert client.post(f"{pdf}?version=antagen").status_code == 404


def test_the_plan_and_its_adoptions_through_the_api(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    base = f"/api/planning/plans/{world.committee.pk}/2022"
    assert client.get(base, **_auth(world.outsider)).status_code == 404
    today = client.get(base, **_auth(world.reader)).json()
    assert today["version"] == "today" and today["adoption"] is None
    assert today["plan"]["tree"][0]["goals"][0]["goal"]["title"] == "God och nära vård"
    assert client.get(f"{base}?version=adopted", **_auth(world.reader)).status_code == 404

    decision = {"adopted_on": "2022-12-16", "body": "HSN", "decision_reference": "§ 212"}
    refused = _send(client, base + "/adoptions", decision, world.reader)
    assert refused.status_code == 403
    future = _send(
        client, base + "/adoptions", decision | {"adopted_on": "2099-12-16"}, world.controller
    )
    assert future.status_code == 422
    assert future.json()["errors"] == {
        "adopted_on": ["Antagandedatumet kan inte ligga i framtiden."]
    }
    created = _send(client, base + "/adoptions", decision, world.controller)
    assert created.status_code == 201, created.content
    assert created.json()["decision_reference"] == "§ 212"

    Goal.objects.filter(title="God och nära vård").update(title="Nära vård")
    adopted = client.get(f"{base}?version=adopted", **_auth(world.reader)).json()
    assert adopted["adoption"]["id"] == created.json()["id"]
    assert adopted["plan"]["tree"][0]["goals"][0]["goal"]["title"] == "God och nära vård"
    listed = client.get(base + "/adoptions", **_auth(world.reader)).json()
    assert [a["id"] for a in listed] == [created.json()["id"]]


def _measures_in(snapshot: Any) -> list[dict[str, Any]]:
    """Every measure stored in a plan snapshot, wherever it sits in the tree."""
    if isinstance(snapshot, dict):
        found = [snapshot["indicator"]] if isinstance(snapshot.get("indicator"), dict) else []
        return found + [m for value in snapshot.values() for m in _measures_in(value)]
    if isinstance(snapshot, list):
        return [m for item in snapshot for m in _measures_in(item)]
    return []


def test_a_frequency_not_stated_reads_so_and_older_snapshots_still_read(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    measure = followup_world.indicators[1]
    Indicator.objects.filter(pk=measure.pk).update(frequency=Frequency.NOT_STATED)
    adoption = adopt_operational_plan(world.controller, world.committee, year=2022, **DECISION)
    (stored,) = [m for m in _measures_in(adoption.snapshot) if m["id"] == measure.pk]
    assert stored["frequency"] == ""
    plan_url = reverse("planning:plan", args=[world.committee.pk])
    client = login(world.reader)
    row = re.compile(
        r"Antal suicidriskbedömningar\s*</a>\s*</th>\s*<td[^>]*>Öka</td>\s*<td[^>]*>([^<]*)<"
    )
    for version in ("", "&version=antagen"):
        page = without_cell_labels(client.get(f"{plan_url}?ar=2022{version}").content.decode())
        assert row.search(page).group(1) == "Ej angiven", version  # type: ignore[union-attr]
    # A plan adopted before a frequency could be left unstated keeps what it was adopted with.
    stored["frequency"] = "tertial"
    OperationalPlanAdoption.objects.filter(pk=adoption.pk).update(snapshot=adoption.snapshot)
    page = without_cell_labels(client.get(f"{plan_url}?ar=2022&version=antagen").content.decode())
    assert row.search(page).group(1) == "Tertial"  # type: ignore[union-attr]


def test_an_adoption_recorded_with_what_is_known_and_what_a_new_one_does(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    adopt_url = reverse("planning:plan_adopt", args=[world.committee.pk, 2022])
    plan_url = reverse("planning:plan", args=[world.committee.pk])
    client = login(world.controller)
    response = client.post(
        adopt_url, {"adopted_on": "2022-12-xx", "body": "HSN", "decision_reference": ""}
    )
    assert response.status_code == 302
    adoption = OperationalPlanAdoption.objects.get()
    assert (adoption.adopted_on, adoption.adopted_on_precision) == (
        datetime.date(2022, 12, 1),
        "month",
    )
    page = client.get(f"{plan_url}?ar=2022").content.decode()
    assert "Antagen av HSN 2022-12-xx, §xx" in page
    assert ">Registrera antagande</a>" not in page
    assert "Registrera ett nytt antagande, som ersätter det som visas som antaget" in page
    assert "Planen antogs av HSN 2022-12-xx, §xx." in client.get(adopt_url).content.decode()
