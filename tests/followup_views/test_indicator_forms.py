"""Controllers define measures; the target must be a rule, and the message says so in Swedish."""

from __future__ import annotations

from django.urls import reverse

from planning.models import Indicator
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld

FORM = {
    "name": "Andel som fått frågan om tobak",
    "direction": "higher",
    "frequency": "tertial",
    "report_periods": "DÅ04, DÅ08, ÅR",
    "sex_split": "on",
}


def test_create_with_a_target_rule(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("planning:indicator_create", args=[world.committee.pk])
    response = client.post(url, FORM | {"target_text": "Minst 70 %"})
    assert response.status_code == 302
    indicator = Indicator.objects.get(name=FORM["name"])
    assert indicator.target_rule["kind"] == "at_least"
    assert indicator.target_rule["value"] == 70


def test_an_unreadable_target_is_refused_naming_the_field(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("planning:indicator_create", args=[world.committee.pk])
    response = client.post(url, FORM | {"target_text": "Så bra som möjligt"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Målvärdet kan inte läsas som en regel" in html
    assert 'id="id_target_text_error"' in html
    assert not Indicator.objects.filter(name=FORM["name"]).exists()


def test_edit_and_permissions(world: World, followup_world: FollowupWorld, login) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    url = reverse("planning:indicator_edit", args=[indicator.pk])
    data = FORM | {
        "name": indicator.name,
        "target_text": "Minst 75 %",
        "version": indicator.version,
    }
    assert login(world.reader).post(url, data).status_code == 403
    assert login(world.outsider).get(url).status_code == 404
    assert login(world.controller).post(url, data).status_code == 302
    indicator.refresh_from_db()
    assert indicator.target_rule["value"] == 75
    assert indicator.history.count() == 2
