"""A risk's life in its plan: ended with a reason and kept, taken up again, or removed from a
draft (journey 1: next year's plan drops two risks)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from internal_control.followup_asks import CONTROL, RISK, asked_at
from internal_control.models import ControlActivity, Risk
from internal_control.plan_document import plan_risks
from internal_control.services.control_life import end_control
from internal_control.services.plans import adopt_plan, copy_plan
from internal_control.services.risk_life import end_risk, remove_risk, resume_risk
from internal_control.warnings import plan_warnings
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

pytestmark = pytest.mark.django_db

JUNE = datetime.date(2025, 6, 1)


def _end(world: World, risk: Risk, day: datetime.date = JUNE) -> Risk:
    return end_risk(
        world.controller, risk, risk.version, ended_on=day, reason="Hanteras av regionstyrelsen."
    )


def test_an_ended_risk_needs_a_reason_and_a_day_in_its_plans_year(
    world: World, control_world: ControlWorld
) -> None:
    risk = control_world.risks[2]
    with pytest.raises(ValidationError) as refusal:
        end_risk(world.controller, risk, risk.version, ended_on=JUNE, reason=" ")
    assert refusal.value.message_dict["reason"] == ["Ange varför risken inte längre gäller."]
    with pytest.raises(ValidationError) as refusal:
        end_risk(
            world.controller, risk, risk.version, ended_on=datetime.date(2024, 12, 1), reason="x"
        )
    assert "2025" in refusal.value.message_dict["ended_on"][0]
    # The owner reports on the risk but does not take it out of the plan.
    with pytest.raises(PermissionDenied):
        end_risk(world.owner, control_world.risks[0], 1, ended_on=JUNE, reason="x")
    ended = _end(world, risk)
    assert (ended.ended_on, ended.end_reason) == (JUNE, "Hanteras av regionstyrelsen.")
    record = ended.history.latest("history_date")
    assert record.history_user == world.controller
    assert record.history_change_reason == "Hanteras av regionstyrelsen."


def test_an_ended_risk_stays_in_the_plan_and_asks_for_nothing_more(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    risk = control_world.risks[2]
    before = {w.url for w in plan_warnings(plan, plan_risks(plan), list(plan.actions.all()))}
    assert risk.get_absolute_url() in before  # risk 3 has no action yet
    _end(world, risk)
    after = {w.url for w in plan_warnings(plan, plan_risks(plan), list(plan.actions.all()))}
    assert risk.get_absolute_url() not in after
    # The August follow-up, after the risk ended, does not ask for it; the other risks it does.
    followup = plan.followups.get()
    asked = [a.item.pk for a in asked_at([followup]) if a.kind == RISK]
    assert risk.pk not in asked and control_world.risks[0].pk in asked
    client.force_login(world.reader)
    page = client.get(reverse("internal_control:plan", args=[plan.pk])).content.decode()
    article = page[page.index('id="risk-3"') :]
    assert "Avslutad 2025-06-01:</strong> Hanteras av regionstyrelsen." in article
    heat_map = client.get(reverse("internal_control:heat_map", args=[plan.pk])).content.decode()
    assert ">3<" not in heat_map.split("<table", 1)[1].split("</table>", 1)[0]
    # The Word and Excel documents print the ending too.
    word = client.get(reverse("reports:control_plan_docx", args=[plan.pk])).content
    text = "\n".join(p.text for p in Document(io.BytesIO(word)).paragraphs)
    assert "Avslutad: 2025-06-01: Hanteras av regionstyrelsen." in text
    excel = client.get(reverse("reports:control_plan_xlsx", args=[plan.pk])).content
    sheet = load_workbook(io.BytesIO(excel)).worksheets[0]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows[3][-1] == "2025-06-01: Hanteras av regionstyrelsen."
    assert rows[1][-1] in ("", None)


def test_a_follow_up_before_the_end_still_asks_for_the_risk(
    world: World, control_world: ControlWorld
) -> None:
    risk = control_world.risks[2]
    _end(world, risk, datetime.date(2025, 10, 1))
    followup = control_world.plan.followups.get()  # due 2025-08-31
    assert risk.pk in [a.item.pk for a in asked_at([followup]) if a.kind == RISK]


def test_the_plan_as_adopted_keeps_the_risk_as_it_was_and_next_year_starts_without_it(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    adopt_plan(
        world.controller,
        plan,
        adopted_on=datetime.date(2024, 12, 16),
        body="HSN",
        decision_reference="§ 212",
    )
    risk = control_world.risks[2]
    _end(world, risk)
    client.force_login(world.reader)
    adopted = client.get(
        reverse("internal_control:plan", args=[plan.pk]) + "?version=antagen"
    ).content.decode()
    assert risk.title in adopted and "Avslutad" not in adopted
    # The adopted plan cannot lose the risk: it is ended instead.
    with pytest.raises(ValidationError) as refusal:
        remove_risk(world.controller, Risk.objects.get(pk=risk.pk))
    assert "avsluta den i stället" in refusal.value.messages[0]
    following = copy_plan(world.controller, plan, year=2026, title="Plan 2026")
    assert sorted(following.risks.values_list("number", flat=True)) == [1, 2]
    taken_up = resume_risk(
        world.controller, Risk.objects.get(pk=risk.pk), None, reason="Gäller igen."
    )
    assert taken_up.ended_on is None and taken_up.end_reason == ""


def test_a_draft_loses_a_risk_with_its_links_and_keeps_its_controls_and_actions(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    risk = control_world.risks[0]  # with an action, a control, two assignments
    control = ControlActivity.objects.get(risk=risk)
    client.force_login(world.controller)
    url = reverse("internal_control:risk_remove", args=[risk.pk])
    page = client.get(url).content.decode()
    assert "Ta bort risk 1" in page
    # Without the confirmation nothing goes.
    response = client.post(url, {"reason": "Ingår inte 2026."})
    assert response.status_code == 200
    assert Risk.objects.filter(pk=risk.pk).exists()
    response = client.post(url, {"confirm": "on", "reason": "Ingår inte 2026."})
    assert response.status_code == 302
    assert not Risk.objects.filter(pk=risk.pk).exists()
    control.refresh_from_db()
    assert control.risk_id is None and control.plan_id == plan.pk
    assert plan.actions.count() == 1
    removed = Risk.history.filter(id=risk.pk).latest("history_date")
    assert (removed.history_type, removed.history_user) == ("-", world.controller)
    assert removed.history_change_reason == "Ingår inte 2026."


def test_the_pages_end_and_take_up_a_risk(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    risk = control_world.risks[1]
    client.force_login(world.controller)
    detail = client.get(reverse("internal_control:risk", args=[risk.pk])).content.decode()
    assert "Avsluta risken" in detail
    url = reverse("internal_control:risk_end", args=[risk.pk])
    response = client.post(url, {"ended_on": "2025-06-01", "reason": "", "version": risk.version})
    assert response.status_code == 200
    assert '<a href="#id_reason">Varför risken inte längre gäller:' in response.content.decode()
    assert Risk.objects.get(pk=risk.pk).ended_on is None
    client.post(url, {"ended_on": "2025-06-01", "reason": "Flyttad.", "version": risk.version})
    ended = Risk.objects.get(pk=risk.pk)
    assert ended.ended_on == JUNE
    detail = client.get(reverse("internal_control:risk", args=[risk.pk])).content.decode()
    assert "Avslutad 2025-06-01:</strong> Flyttad." in detail
    assert "Ta upp risken igen" in detail
    client.post(
        reverse("internal_control:risk_resume", args=[risk.pk]),
        {"reason": "Tillbaka hos nämnden.", "version": ended.version},
    )
    assert Risk.objects.get(pk=risk.pk).ended_on is None


def test_an_ended_control_is_kept_with_its_reason_and_asked_for_no_more(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    control = ControlActivity.objects.get(plan=plan)
    followup = plan.followups.get()
    assert control.pk in [a.item.pk for a in asked_at([followup]) if a.kind == CONTROL]
    with pytest.raises(ValidationError) as refusal:
        end_control(world.controller, control, control.version, ended_on=JUNE, reason="")
    assert refusal.value.message_dict["reason"] == [
        "Ange varför kontrollmomentet inte längre utförs."
    ]
    client.force_login(world.controller)
    url = reverse("internal_control:control_end", args=[control.pk])
    client.post(
        url,
        {
            "ended_on": "2025-06-01",
            "reason": "Ersätts av automatisk kontroll.",
            "version": control.version,
        },
    )
    control.refresh_from_db()
    assert control.ended_on == JUNE
    assert control.pk not in [a.item.pk for a in asked_at([followup]) if a.kind == CONTROL]
    page = client.get(reverse("internal_control:plan", args=[plan.pk])).content.decode()
    assert "Avslutad 2025-06-01:</strong> Ersätts av automatisk kontroll." in page
    excel = client.get(reverse("reports:control_plan_xlsx", args=[plan.pk])).content
    controls = load_workbook(io.BytesIO(excel))["Kontrollmoment"]
    last = list(controls.iter_rows(values_only=True))[-1]
    assert last[-1] == "2025-06-01: Ersätts av automatisk kontroll."
    assert copy_plan(world.controller, plan, year=2026, title="Plan 2026").controls.count() == 0
    # Performed again, with a reason.
    client.post(
        url, {"reason": "Den automatiska kontrollen räckte inte.", "version": control.version}
    )
    control.refresh_from_db()
    assert control.ended_on is None and control.end_reason == ""
