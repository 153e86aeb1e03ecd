"""Control activities (kontrollmoment) made and changed on pages: every field of the plan's
one-row-per-control layout, a control without a risk, the version check, and the plan page
showing all of it."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from internal_control.models import ControlActivity
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld, make_control_world


def test_a_control_is_added_with_every_field_and_shown_on_the_plan(
    world: World, login: Any
) -> None:
    cw: ControlWorld = make_control_world(world)
    client = login(world.controller)
    url = reverse("internal_control:control_create", args=[cw.plan.pk])
    page = client.get(url).content.decode()
    assert "– ingen risk: en egen kontroll –" in page
    assert '<option value="" selected>– ingen person –</option>' in page
    response = client.post(
        url,
        {
            "what": "Att attest sker enligt attestreglementet",
            "risk": "",
            "method": "Stickprov av 20 fakturor",
            "frequency": "Två gånger per år",
            "owner": "",
            "owner_title": "Ekonomichef",
            "reported_when": "Vid uppföljningen i augusti",
        },
    )
    assert response.status_code == 302
    control = ControlActivity.objects.get(what="Att attest sker enligt attestreglementet")
    assert (control.risk, control.method, control.owner_title, control.reported_when) == (
        None,
        "Stickprov av 20 fakturor",
        "Ekonomichef",
        "Vid uppföljningen i augusti",
    )
    assert control.history.get().history_user == world.controller
    plan_page = client.get(reverse("internal_control:plan", args=[cw.plan.pk])).content.decode()
    for text in (
        "Att attest sker enligt attestreglementet",
        "Stickprov av 20 fakturor",
        "Vid uppföljningen i augusti",
        "Tidpunkt för rapportering",
        "Ingen risk",
        reverse("internal_control:control_edit", args=[control.pk]),
    ):
        assert text in plan_page, text


def test_a_control_is_changed_and_a_stale_version_refused(world: World, login: Any) -> None:
    cw = make_control_world(world)
    control = cw.plan.controls.get()
    client = login(world.controller)
    url = reverse("internal_control:control_edit", args=[control.pk])
    data = {
        "what": control.what,
        "risk": str(cw.risks[0].pk),
        "method": "Genomgång",
        "frequency": "",
        "owner": "",
        "owner_title": "Kvalitetschef",
        "reported_when": "December",
        "version": str(control.version),
    }
    assert client.post(url, data).status_code == 302
    control.refresh_from_db()
    assert (control.risk, control.reported_when, control.version) == (
        cw.risks[0],
        "December",
        int(data["version"]) + 1,
    )
    # The form as loaded before that save is refused, and says what changed meanwhile.
    stale = client.post(url, data | {"reported_when": "Augusti"})
    assert stale.status_code == 200
    control.refresh_from_db()
    assert control.reported_when == "December"


def test_a_control_without_text_is_refused(world: World, login: Any) -> None:
    cw = make_control_world(world)
    client = login(world.controller)
    url = reverse("internal_control:control_create", args=[cw.plan.pk])
    before = ControlActivity.objects.count()
    page = client.post(url, {"what": "  ", "owner_title": "Ekonomichef"}).content.decode()
    assert "Detta fält måste fyllas i." in page and "id_what_error" in page
    assert ControlActivity.objects.count() == before
