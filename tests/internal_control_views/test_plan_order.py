"""A plan prints its goal areas, assignments, risks and actions in its own order, not by
number, and an action can belong to a risk under one assignment only."""

from __future__ import annotations

import datetime
import io

from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from internal_control.models import ActionRisk, ControlPlan, Risk
from internal_control.services.actions import create_action
from internal_control.services.plans import adopt_plan
from internal_control.services.risks import set_assignments
from planning.models import Assignment
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.reports.test_word_and_excel_documents import _all_text


def _plan_listed_out_of_number_order(world: World, control_world: ControlWorld) -> ControlPlan:
    """Assignment "Korta väntetiderna" printed first, with risk 5 before risk 4, and an
    action against risk 4 only where it is printed under "Tillhandahåll en säker vård"."""
    first, second = control_world.assignments
    first.order, second.order = 2, 1
    first.save()
    second.save()
    plan = control_world.plan
    risk5 = Risk.objects.create(plan=plan, number=5, title="Väntetiderna ökar", treatment="reduce")
    risk4 = Risk.objects.create(plan=plan, number=4, title="Vårdplatser saknas", treatment="reduce")
    set_assignments(world.controller, risk5, [second])
    set_assignments(world.controller, risk4, [second, first])
    everywhere = create_action(
        world.controller, plan, risks=[risk4], title="Öppna fler vårdplatser", owner=world.owner
    )
    only_first = create_action(world.controller, plan, title="Flytta patienter", owner=world.owner)
    ActionRisk.objects.create(action=only_first, risk=risk4, assignment=first, order=1)
    assert (everywhere.number, only_first.number) == (2, 3)
    return plan


def _sections(html: str) -> dict[str, str]:
    """The plan page cut at each assignment heading: heading text -> what follows it."""
    parts = html.split('<h3 class="assignment">')[1:]
    return {part.split("</h3>")[0].strip(): part for part in parts}


def test_the_plan_page_keeps_the_plan_s_order(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan_listed_out_of_number_order(world, control_world)
    html = login(world.reader).get(reverse("internal_control:plan", args=[plan.pk])).content
    sections = _sections(html.decode())
    assert list(sections) == ["2 Korta väntetiderna.", "1 Tillhandahåll en säker vård."]
    waiting = sections["2 Korta väntetiderna."]
    # Risks 1 and 3 were linked to it first, then 5 and 4: printed in that order.
    places = [waiting.index(f"Risk {n}: ") for n in (1, 3, 5, 4)]
    assert places == sorted(places)
    # Action 3 belongs to risk 4 under the other assignment only.
    assert "Öppna fler vårdplatser" in waiting and "Flytta patienter" not in waiting
    assert "Flytta patienter" in sections["1 Tillhandahåll en säker vård."]


def test_word_excel_and_the_adopted_plan_keep_the_order(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan_listed_out_of_number_order(world, control_world)
    client = login(world.controller)
    sheet = load_workbook(
        io.BytesIO(client.get(reverse("reports:control_plan_xlsx", args=[plan.pk])).content)
    )["Risker"]
    assert [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)] == [1, 3, 5, 4, 2]
    word = _all_text(
        Document(
            io.BytesIO(client.get(reverse("reports:control_plan_docx", args=[plan.pk])).content)
        )
    )
    waiting, safe = word.split("1 Tillhandahåll en säker vård.")
    assert waiting.index("Risk 5: Väntetiderna ökar") < waiting.index("Risk 4: Vårdplatser saknas")
    assert "Flytta patienter" not in waiting and "Å3 Flytta patienter" in safe
    adopt_plan(
        world.controller,
        plan,
        adopted_on=datetime.date(2025, 2, 1),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 12",
    )
    html = client.get(reverse("internal_control:plan", args=[plan.pk]), {"version": "antagen"})
    sections = _sections(html.content.decode())
    assert list(sections) == ["2 Korta väntetiderna.", "1 Tillhandahåll en säker vård."]
    assert "Flytta patienter" not in sections["2 Korta väntetiderna."]


def test_unlinking_an_assignment_takes_the_actions_the_risk_had_only_there(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan_listed_out_of_number_order(world, control_world)
    risk4 = plan.risks.get(number=4)
    second = control_world.assignments[1]
    response = login(world.controller).post(
        reverse("internal_control:risk_links", args=[risk4.pk]), {"assignments": [second.pk]}
    )
    assert response.status_code == 302
    assert [link.action.number for link in risk4.action_links.all()] == [2]


def test_a_copied_plan_keeps_the_order_and_the_actions_under_each_assignment(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan_listed_out_of_number_order(world, control_world)
    response = login(world.controller).post(
        reverse("internal_control:plan_copy", args=[plan.pk]),
        {"title": "Hälso- och sjukvårdsnämndens internkontrollplan 2026", "year": 2026},
    )
    assert response.status_code == 302
    copy = ControlPlan.objects.get(year=2026)
    html = login(world.reader).get(reverse("internal_control:plan", args=[copy.pk])).content
    sections = _sections(html.decode())
    assert list(sections) == ["2 Korta väntetiderna.", "1 Tillhandahåll en säker vård."]
    assert "Flytta patienter" not in sections["2 Korta väntetiderna."]
    assert "Flytta patienter" in sections["1 Tillhandahåll en säker vård."]
    link = ActionRisk.objects.get(risk__plan=copy, action__number=3)
    assert link.assignment == Assignment.objects.get(pk=control_world.assignments[0].pk)


def test_the_risk_page_lists_its_assignments_in_the_plan_s_order(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan_listed_out_of_number_order(world, control_world)
    risk4 = plan.risks.get(number=4)
    html = login(world.reader).get(reverse("internal_control:risk", args=[risk4.pk])).content
    threatens = html.decode().split('id="threatens-heading"')[1].split("</section>")[0]
    assert threatens.index("Korta väntetiderna.") < threatens.index("Tillhandahåll en säker vård.")
