"""A measure's page and the forms to create and edit a measure and its links, as a
controller uses them."""

from __future__ import annotations

import re

from django.urls import reverse

from audit.submissions import new_token
from economy.models import Measure
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld
from tests.internal_control_views.conftest import ControlWorld


def _text(html: str) -> str:
    inline = re.sub(r"</?(a|span|strong|code)\b[^>]*>", "", html)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inline)).replace("\u00a0", " ")


def test_the_measure_page_shows_the_calculation_as_a_calculation(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    measure = measures_world.hired_staff
    page = login(world.reader).get(reverse("economy:measure", args=[measure.pk]))
    text = _text(page.content.decode())
    assert "12 årsarbeten × 1 450 tkr = 17 400 tkr" in text
    assert "Rätt storlek, rätt stöd" in text  # its programme
    assert "Status Ej rapporterad" in text
    assert "Inget beslut registrerat" in text
    assert (
        reverse("followup:indicator", args=[measures_world.indicator.pk]) in page.content.decode()
    )
    assert "Ändra" not in text  # a reader changes nothing


def test_a_controller_creates_a_measure_with_the_next_number(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    url = reverse("economy:measure_create", args=[world.committee.pk])
    data = {
        "title": "Effektiviserade vårdflöden",
        "first_year": "2025",
        "last_year": "2026",
        "status": "decided",
        "decided_by": "Hälso- och sjukvårdsnämnden",
        "decision_reference": "§ 212",
        "submission": new_token(),
    }
    response = client.post(url, data)
    measure = Measure.objects.get(title="Effektiviserade vårdflöden")
    assert response.status_code == 302 and response.url == measure.get_absolute_url()
    assert measure.number == 3
    # The same form posted twice saves once.
    client.post(url, data)
    assert Measure.objects.filter(title="Effektiviserade vårdflöden").count() == 1
    refused = client.post(url, data | {"last_year": "2024", "submission": new_token()})
    assert "Sista året får inte vara före det första." in refused.content.decode()


def test_editing_a_measure_keeps_its_history_and_refuses_a_stale_version(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    measure = measures_world.hired_staff
    client = login(world.controller)
    url = reverse("economy:measure_edit", args=[measure.pk])
    form = {
        "number": "1",
        "title": "Minskad hyrbemanning",
        "programme": str(measures_world.programme.pk),
        "owner": str(world.owner.pk),
        "status": "in_progress",
        "first_year": "2025",
        "last_year": "2025",
        "version": str(measure.version),
    }
    assert client.post(url, form).status_code == 302
    measure.refresh_from_db()
    assert measure.status == "in_progress" and measure.version == 2
    assert measure.history.count() == 2
    stale = client.post(url, form | {"status": "done"})
    assert "Någon annan har sparat" in stale.content.decode()
    measure.refresh_from_db()
    assert measure.status == "in_progress"


def test_links_to_risks_assignments_and_actions_are_kept_in_the_history(
    world: World, measures_world: MeasuresWorld, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    measure = measures_world.hired_staff
    risk = control_world.risks[0]
    action = control_world.plan.actions.first()
    assert action is not None
    client = login(world.controller)
    response = client.post(
        reverse("economy:measure_links", args=[measure.pk]),
        {
            "risks": [risk.pk],
            "assignments": [control_world.assignments[0].pk],
            "indicators": [measures_world.indicator.pk],
            "actions": [action.pk],
            "version": str(measure.version),
        },
    )
    assert response.status_code == 302
    assert list(measure.risks.all()) == [risk]
    assert list(measure.actions.all()) == [action]
    latest = measure.history.order_by("-history_date").first()
    assert latest is not None and "risker 1" in latest.history_change_reason
    page = _text(client.get(measure.get_absolute_url()).content.decode())
    assert "Risk 1: Risk att vårdskador inte förebyggs" in page
    assert "Tillhandahåll en säker vård." in page
