"""A measure's weight, and a goal judged by weighting its measures: the form, the API and the
service refuse a weight alike in Swedish; the scorecard, its API and the tertial report say
the weighted reason."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from followup.models import Outcome
from followup.scorecard import build_scorecard
from organisation.models import User
from organisation.services.tokens import create_api_token
from planning.models import Indicator, JudgementRules
from planning.services.indicators import create_indicator, update_indicator
from planning.services.judgement_rules import set_partly_band
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Andel som fått frågan om tobak",
    "direction": "higher",
    "frequency": "tertial",
    "report_periods": "DÅ04, DÅ08, ÅR",
    "sex_split": "on",
}

# A weight that is refused, and why, in the words of the form, the API and the service alike.
REFUSED = [
    ("0", "Vikten måste vara större än 0."),
    ("-2", "Vikten måste vara större än 0."),
    ("1000.5", "Vikten får vara högst 1\u00a0000."),
    ("12345", "Vikten får vara högst 1\u00a0000."),
    ("1.2345", "Vikten får ha högst 3 decimaler."),
    ("1000.0001", "Vikten får vara högst 1\u00a0000 och ha högst 3 decimaler."),
]


def _auth(user: User) -> dict[str, Any]:
    return {"HTTP_AUTHORIZATION": f"Bearer {create_api_token(user, 't')[1]}"}


def _send(client: Client, method: str, url: str, body: dict[str, Any], user: User) -> Any:
    return getattr(client, method)(
        url, data=json.dumps(body), content_type="application/json", **_auth(user)
    )


@pytest.mark.parametrize(("weight", "message"), REFUSED)
def test_the_service_refuses_a_weight_out_of_bounds_naming_it(
    world: World, weight: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refusal:
        create_indicator(world.controller, world.committee, name="Andel", weight=Decimal(weight))
    assert refusal.value.message_dict == {"weight": [message]}
    assert not Indicator.objects.filter(name="Andel").exists()


def test_a_weight_is_kept_as_given_and_none_is_not_stored_as_one(world: World) -> None:
    unweighted = create_indicator(world.controller, world.committee, name="Andel")
    assert unweighted.weight is None
    unweighted.refresh_from_db()
    assert unweighted.weight is None
    weighted = create_indicator(
        world.controller, world.committee, name="Väntetid", weight=Decimal("1000")
    )
    weighted = update_indicator(world.controller, weighted, weighted.version, weight=Decimal("0.5"))
    weighted.refresh_from_db()
    assert weighted.weight == Decimal("0.5")
    assert weighted.history.count() == 2


@pytest.mark.parametrize(("weight", "message"), REFUSED)
def test_the_form_refuses_a_weight_naming_it(
    world: World, login: Any, weight: str, message: str
) -> None:
    client = login(world.controller)
    url = reverse("planning:indicator_create", args=[world.committee.pk])
    response = client.post(url, FORM | {"weight": weight})
    assert response.status_code == 200
    assert response.context["form"].errors["weight"] == [message]  # once, not per validator
    html = response.content.decode()
    assert 'id="id_weight_error"' in html and message in html
    assert not Indicator.objects.filter(name=FORM["name"]).exists()


def test_the_form_sets_and_clears_the_weight_and_the_page_shows_it(
    world: World, followup_world: FollowupWorld, login: Any
) -> None:
    indicator = followup_world.indicators[0]
    client = login(world.controller)
    page = client.get(indicator.get_absolute_url()).content.decode()
    assert "<dt>Vikt</dt><dd>lika vikt (ingen angiven)</dd>" in page
    url = reverse("planning:indicator_edit", args=[indicator.pk])
    data = FORM | {"name": indicator.name, "target_text": "Minst 70 %"}
    response = client.post(url, data | {"weight": "2.5", "version": indicator.version})
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert indicator.weight == Decimal("2.5")
    page = client.get(indicator.get_absolute_url()).content.decode()
    assert "<dt>Vikt</dt><dd>2,5</dd>" in page
    # The form offers the weight as a number input takes it, with a point.
    assert 'value="2.5"' in client.get(url).content.decode()
    client.post(url, data | {"weight": "", "version": indicator.version})
    indicator.refresh_from_db()
    assert indicator.weight is None


@pytest.mark.parametrize(("weight", "message"), REFUSED)
def test_the_api_refuses_a_weight_as_the_form_does(
    world: World, client: Client, weight: str, message: str
) -> None:
    body = {"unit_id": world.committee.pk, "name": "Andel", "weight": weight}
    refused = _send(client, "post", "/api/planning/indicators", body, world.controller)
    assert refused.status_code == 422
    assert refused.json()["errors"] == {"weight": [message]}


def test_the_api_sets_gives_and_clears_the_weight(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    body = {"unit_id": world.committee.pk, "name": "Andel"}
    made = _send(client, "post", "/api/planning/indicators", body, world.controller)
    assert made.status_code == 201 and made.json()["weight"] is None
    url = f"/api/planning/indicators/{made.json()['id']}"
    changed = _send(client, "patch", url, {"version": 1, "weight": "7.25"}, world.controller)
    assert changed.status_code == 200 and Decimal(changed.json()["weight"]) == Decimal("7.25")
    cleared = _send(client, "patch", url, {"version": 2, "weight": None}, world.controller)
    assert cleared.status_code == 200 and cleared.json()["weight"] is None
    assert Indicator.objects.get(pk=made.json()["id"]).weight is None


def test_the_rules_page_offers_weighting_and_keeps_it(world: World, client: Client) -> None:
    client.force_login(world.admin)
    page = client.get(reverse("planning:judgement_rules")).content.decode()
    assert 'value="weighted"' in page
    assert "Uppfyllt när dess uppfyllda mått väger mer än hälften av de bedömda måttens" in page
    # styr's rule is still "all" where the organisation has chosen none.
    assert "Ett mål är uppfyllt när alla dess mått är uppfyllda" in page
    client.post(reverse("planning:judgement_rules"), {"partly_band": "10", "goal_rule": "weighted"})
    assert JudgementRules.objects.get(region=world.region).goal_rule == "weighted"
    page = client.get(reverse("planning:judgement_rules")).content.decode()
    assert (
        "Ett mål är uppfyllt när dess uppfyllda mått väger mer än hälften av vad dess bedömda "
        "mått väger tillsammans"
    ) in page
    assert "styrs regel" not in page


def _weighted_world(world: World, fw: FollowupWorld) -> None:
    # Measure 1 (Minst 70 %) met, weighing 5; measure 3 (Högst 5 %) not met, weighing 3;
    # measure 2 has no outcome: its weight, whatever it is, is left out.
    for measure, total, weight in (
        (fw.indicators[0], 72, Decimal(5)),
        (fw.indicators[1], None, Decimal(100)),
        (fw.indicators[2], 9, Decimal(3)),
    ):
        measure.weight = weight
        measure.save()
        if total is not None:
            Outcome.objects.create(
                indicator=measure, unit=world.committee, period=fw.period, total=Decimal(total)
            )


def test_the_scorecard_judges_a_goal_by_its_measures_weights(
    world: World, followup_world: FollowupWorld, client: Client
) -> None:
    fw = followup_world
    _weighted_world(world, fw)
    set_partly_band(world.admin, world.region, Decimal(10), "most")
    goal = build_scorecard(world.committee, fw.period)[0]["goals"][0]
    assert (goal["verdict"].status, goal["verdict"].reason) == ("partly_met", "rule_most")
    set_partly_band(world.admin, world.region, Decimal(10), "weighted")
    goal = build_scorecard(world.committee, fw.period)[0]["goals"][0]
    assert (goal["verdict"].status, goal["verdict"].reason) == ("met", "rule_weighted")
    assert goal["verdict"].params["judged_weight"] == Decimal(8)
    client.force_login(world.reader)
    page = client.get(
        reverse("followup:scorecard"), {"period": fw.period.pk, "enhet": world.committee.pk}
    ).content.decode()
    verdict = page[page.index('<span class="goal-verdict">') :]
    assert verdict.index("Uppfyllt") < verdict.index("(1 av 2 uppfyllda, väger 5 av 8)</span>")
    reason = (
        "1 av 2 mått uppfyllda; de uppfyllda väger 5 och de ej uppfyllda 3 av 8. "
        "Målet är uppfyllt när de uppfyllda väger mer än hälften."
    )
    query = f"unit_id={world.committee.pk}&period_id={fw.period.pk}"
    card = client.get(f"/api/follow-up/scorecard?{query}", **_auth(world.reader)).json()
    assert card["goals"] == [
        {
            "goal_id": fw.indicators[0].goal_id,
            "fulfilment": "met",
            "reason": reason,
            "judged_manually": False,
        }
    ]
    workbook = load_workbook(
        io.BytesIO(
            client.get(
                reverse("reports:tertial_report_xlsx", args=[world.committee.pk, fw.period.pk])
            ).content
        )
    )
    goals = [r for r in workbook["Mål"].iter_rows(min_row=2, values_only=True) if r[5]]
    assert [r[5] for r in goals] == [reason]
    word = Document(
        io.BytesIO(
            client.get(
                reverse("reports:tertial_report_docx", args=[world.committee.pk, fw.period.pk])
            ).content
        )
    )
    assert f"● Uppfyllt – {reason}" in "\n".join(p.text for p in word.paragraphs)


@pytest.mark.parametrize("weight", ["NaN", "Infinity", "1E+400", "ett"])
def test_the_api_refuses_a_weight_that_is_no_number(
    world: World, client: Client, weight: str
) -> None:
    body = {"unit_id": world.committee.pk, "name": "Andel", "weight": weight}
    refused = _send(client, "post", "/api/planning/indicators", body, world.controller)
    assert refused.status_code == 422
    assert list(refused.json()["errors"]) == ["weight"]
