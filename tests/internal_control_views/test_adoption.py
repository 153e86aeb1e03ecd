"""An adoption is recorded with what is known of it, never dated in the future, and a plan
already adopted says what recording another adoption does."""

from __future__ import annotations

import datetime
import io

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document

from internal_control.models import PlanAdoption
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.internal_control_views.test_api import post


def _adopt(client: Client, control_world: ControlWorld, **values: str) -> object:
    plan = control_world.plan
    plan.refresh_from_db()
    data = {"version": plan.version, "body": "Hälso- och sjukvårdsnämnden"} | values
    return client.post(reverse("internal_control:plan_adopt", args=[plan.pk]), data)


def test_an_adoption_known_to_the_month_without_a_paragraph(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    response = _adopt(client, control_world, adopted_on="2025-01-xx", decision_reference="")
    assert response.status_code == 302  # type: ignore[attr-defined]
    adoption = PlanAdoption.objects.get()
    assert (adoption.adopted_on, adoption.adopted_on_precision) == (
        datetime.date(2025, 1, 1),
        "month",
    )
    assert adoption.decision_reference == ""
    plan_url = reverse("internal_control:plan", args=[control_world.plan.pk])
    html = client.get(plan_url).content.decode()
    assert "Hälso- och sjukvårdsnämnden 2025-01-xx §xx" in html
    html = client.get(plan_url, {"version": "antagen"}).content.decode()
    assert "Planen som den antogs 2025-01-xx." in html
    word = client.get(reverse("reports:control_plan_docx", args=[control_world.plan.pk]))
    text = "\n".join(p.text for p in Document(io.BytesIO(word.content)).paragraphs)
    assert "Antagande: Hälso- och sjukvårdsnämnden, 2025-01-xx, §xx" in text


def test_the_adoption_date_cannot_lie_in_the_future(
    world: World, control_world: ControlWorld, login, client: Client
) -> None:  # type: ignore[no-untyped-def]
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page = _adopt(login(world.controller), control_world, adopted_on=tomorrow.isoformat())
    assert page.status_code == 200  # type: ignore[attr-defined]
    html = page.content.decode()  # type: ignore[attr-defined]
    # The error names the field it belongs to.
    assert (
        '<a href="#id_adopted_on">Antagen den: Antagandedatumet kan inte ligga i framtiden.' in html
    )
    next_month = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).strftime(
        "%Y-%m"
    )
    assert (
        "Antagandedatumet kan inte ligga i framtiden."
        in _adopt(  # type: ignore[attr-defined]
            login(world.controller), control_world, adopted_on=f"{next_month}-xx"
        ).content.decode()
    )
    control_world.plan.refresh_from_db()
    refused = post(
        client,
        f"/api/internal-control/plans/{control_world.plan.pk}/adoptions",
        {
            "version": control_world.plan.version,
            "adopted_on": tomorrow.isoformat(),
            "body": "Hälso- och sjukvårdsnämnden",
            "decision_reference": "§ 3",
        },
        world.controller,
    )
    assert refused.status_code == 422  # type: ignore[attr-defined]
    assert refused.json()["errors"] == {  # type: ignore[attr-defined]
        "adopted_on": ["Antagandedatumet kan inte ligga i framtiden."]
    }
    assert not PlanAdoption.objects.exists()


def test_an_adopted_plan_says_what_a_new_adoption_does(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    plan_url = reverse("internal_control:plan", args=[control_world.plan.pk])
    adopt_url = reverse("internal_control:plan_adopt", args=[control_world.plan.pk])
    html = client.get(plan_url).content.decode()
    assert ">Registrera antagande</a>" in html
    _adopt(client, control_world, adopted_on="2025-01-20", decision_reference="§ 3")
    html = client.get(plan_url).content.decode()
    assert ">Registrera antagande</a>" not in html
    button = "Registrera ett nytt antagande, som ersätter det som visas som antaget"
    assert f'href="{adopt_url}">{button}</a>' in html
    html = client.get(adopt_url).content.decode()
    assert "Planen antogs av Hälso- och sjukvårdsnämnden 2025-01-20, § 3." in html
    assert "det nya antagandet ersätter det som visas som planen som den antogs" in html
