"""An adopted plan shows, item by item, what the plan of today says that the plan as adopted
did not: risks added, fields changed, reassessments, links moved, actions reported on."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import translation

from internal_control.models import PlanAdoption
from internal_control.plan_changes import plan_changes
from internal_control.plan_document import build_plan_document, readable
from internal_control.services.plans import adopt_plan
from internal_control.services.risks import assess_risk, create_risk, set_assignments, update_risk
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.page_text import page_text


def _adopt(world: World, control_world: ControlWorld) -> PlanAdoption:
    plan = control_world.plan
    plan.refresh_from_db()
    return adopt_plan(
        world.controller,
        plan,
        adopted_on=datetime.date(2025, 1, 29),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 12",
    )


def test_an_unchanged_plan_says_nothing_differs(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _adopt(world, control_world)
    url = reverse("internal_control:plan", args=[control_world.plan.pk])
    text = page_text(login(world.controller).get(url))
    assert "Ändringar sedan antagandet" in text
    assert "Inget skiljer sig från planen som den antogs." in text


def test_the_plan_lists_each_change_since_its_adoption(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    _adopt(world, control_world)
    _risk1, risk2, risk3 = control_world.risks
    risk2.refresh_from_db()
    new_title = "Följsamheten till basala hygienregler"
    update_risk(world.controller, risk2, risk2.version, title=new_title)
    assess_risk(SYSTEM, risk3, probability=1, severity=3, assessed_on=datetime.date(2025, 5, 2))
    set_assignments(world.controller, risk3, control_world.assignments)
    create_risk(world.controller, control_world.plan, title="Brist på sjuksköterskor")

    url = reverse("internal_control:plan", args=[control_world.plan.pk])
    text = page_text(login(world.controller).get(url))
    assert "3 poster skiljer sig från planen som den antogs" in text
    assert (
        "Risk 2 Följsamheten till basala hygienregler: har ändrats sedan antagandet "
        "Titel: före Följsamhet till basala hygienregler ökar inte → nu "
        "Följsamheten till basala hygienregler"
    ) in text
    assert "Risk 3 PKS-arbetet går långsamt: har ändrats sedan antagandet" in text
    assert (
        "Riskbedömning: före Allvarlighetsgrad Betydande, Sannolikhet Liten: R2 Åtgärdas vid "
        "tillfälle → nu Allvarlighetsgrad Betydande, Sannolikhet Mycket liten: R1 Ingen åtgärd "
        "för tillfället"
    ) in text
    assert "Listad under: före 2 → nu 1, 2" in text
    assert "Risk 4 Brist på sjuksköterskor: har tillkommit sedan antagandet" in text
    # The plan as adopted is shown as it was, without a list of changes.
    adopted = page_text(login(world.controller).get(url, {"version": "antagen"}))
    assert "Ändringar sedan antagandet" not in adopted
    assert "Följsamhet till basala hygienregler ökar inte" in adopted


def test_a_plan_never_adopted_has_no_list_of_changes(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    url = reverse("internal_control:plan", args=[control_world.plan.pk])
    assert "Ändringar sedan antagandet" not in page_text(login(world.controller).get(url))


def test_removed_items_and_action_reports_are_changes(
    world: World, control_world: ControlWorld
) -> None:
    adoption = _adopt(world, control_world)
    with translation.override("sv"):
        adopted = readable(adoption.snapshot)
        today = readable(build_plan_document(control_world.plan))
        today["risks"] = [r for r in today["risks"] if r["number"] != 3]
        today["actions"][0] = today["actions"][0] | {"status_label": "Genomförd"}
        changes = plan_changes(adopted, today)
    assert [(c.kind, c.key, c.change) for c in changes] == [
        ("Risk", "3", "removed"),
        ("Åtgärd", "1", "changed"),
    ]
    (action_change,) = [c for c in changes if c.change == "changed"]
    assert [(f.before, f.after) for f in action_change.fields] == [("Pågår", "Genomförd")]
