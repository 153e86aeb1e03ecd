"""Both seed internal control plans are in styr, complete, with the seeds' own errors flagged."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from docx import Document

from exchange.demo.control_plans import load_control_plan
from exchange.demo.files import read_yaml
from exchange.demo.organisation import LoadReport, load_organisation
from internal_control.models import Action, ActionUpdate, ControlPlan
from internal_control.plan_document import build_plan_document, plan_risks, readable
from internal_control.warnings import plan_warnings
from organisation.models import User

DEMO = Path(settings.BASE_DIR) / "demo_data"
FILES = {"hsn": "hsn-2025.yaml", "rs": "rs-2022.yaml"}


class Plans(dict[str, ControlPlan]):
    """Loads a seed plan the first time a test asks for it, on top of the demo organisation."""

    def __missing__(self, key: str) -> ControlPlan:
        report = LoadReport()
        plan = load_control_plan(read_yaml(DEMO / "control_plans" / FILES[key]), report)
        assert plan is not None
        self[key] = plan
        return plan


@pytest.fixture
def plans(db: None) -> Plans:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    return Plans()


def test_hsn_plan_has_all_26_risks_with_the_seeds_class(plans: Plans) -> None:
    risks = plan_risks(plans["hsn"])
    assert [r.number for r in risks] == list(range(1, 27))
    for risk in risks:
        assessments = list(risk.assessments.all())
        if assessments:
            assert assessments[-1].risk_class.code == risk.stated_class, f"risk {risk.number}"
        else:
            assert risk.stated_class, f"risk {risk.number} has neither assessment nor class"


@pytest.mark.parametrize("number", [1, 9, 16, 22, 25])
def test_hsn_shared_risks_are_stored_once_under_several_assignments(
    plans: Plans, number: int
) -> None:
    risk = plans["hsn"].risks.get(number=number)
    assert risk.assignment_links.count() > 1


def test_hsn_actions_are_stored_once_with_their_comments(plans: Plans) -> None:
    plan = plans["hsn"]
    actions = Action.objects.filter(plan=plan)
    assert actions.count() == 14
    assert all(action.updates.count() == 1 for action in actions)
    # Every risk in a class that requires action has one; R1 and R2 risks may have none.
    for risk in plan_risks(plan):
        if risk.stated_class in ("R3", "R4"):
            assert risk.action_links.exists(), risk.number
    # The same action serves several risks (the PDF repeats it under each).
    assert any(action.risk_links.count() > 1 for action in actions)


def test_rs_plan_has_all_32_risks_with_every_column(plans: Plans) -> None:
    risks = plan_risks(plans["rs"])
    assert [r.number for r in risks] == list(range(1, 33))
    for risk in risks:
        assert risk.requirement_type in {"c", "d", "e", "f"}, risk.number
        assert risk.priority in {1, 2}, risk.number
        assert risk.goal_links.exists(), risk.number
        assert risk.owner_title, risk.number
        assert risk.stated_score is not None, risk.number


def test_rs_seed_errors_are_flagged(plans: Plans) -> None:
    plan = plans["rs"]
    warnings = plan_warnings(plan, plan_risks(plan), list(Action.objects.filter(plan=plan)))
    codes = {(w.code, w.message.split(":")[0]) for w in warnings}
    assert ("score_mismatch", "Risk 25") in codes
    messages = [w.message for w in warnings]
    assert "Risk 27 saknar hantering (behålla, begränsa eller eliminera)." in messages
    # Only risk 25's stated score disagrees with the matrix.
    assert [w for w in warnings if w.code == "score_mismatch"] == [
        w for w in warnings if w.code == "score_mismatch" and w.message.startswith("Risk 25")
    ]


@pytest.mark.parametrize(("key", "count"), [("hsn", 14), ("rs", 32)])
def test_no_action_of_the_seed_plans_has_a_status_the_seed_does_not_print(
    plans: Plans, key: str, count: int
) -> None:
    actions = Action.objects.filter(plan=plans[key])
    assert actions.count() == count
    # Neither plan has a status column: its actions are not reported, with or without comment.
    assert [a.number for a in actions if a.status] == []
    assert not ActionUpdate.objects.filter(action__plan=plans[key]).exclude(status="").exists()


def test_hsn_plan_keeps_the_seed_s_order_and_each_assignment_s_actions(plans: Plans) -> None:
    document = readable(build_plan_document(plans["hsn"]))
    assert [g["goal"].split(" - ")[0] for g in document["groups"]] == [
        "Hälso- och sjukvård",
        "Tandvård",
        "Ledningsprocesser",
    ]
    management = document["groups"][2]["assignments"]
    assert [a["text"].split()[0:3] for a in management[:4]] == [
        ["Arbeta", "med", "friskfaktorer"],
        ["Väva", "in", "effektiviseringar"],
        ["Minska", "miljö-", "och"],
        ["Verksamheten", "ska", "inför"],
    ]
    under = {
        a["text"].split(" i enlighet")[0]: [(e["number"], e["actions"]) for e in a["entries"]]
        for g in document["groups"]
        for a in g["assignments"]
    }
    # As printed: risk 24 before risk 22, risk 17 before risk 9, and risk 22's actions in the
    # seed's order (key figures first).
    assert under[management[3]["text"]] == [(24, [13]), (22, [12, 8])]
    dental = document["groups"][1]["assignments"][1]["text"]
    assert under[dental] == [(17, [3]), (9, [3])]
    # Risk 25 has other actions under its last two assignments: action 9 (revenue) too.
    risk_25 = [actions for entries in under.values() for n, actions in entries if n == 25]
    assert risk_25 == [[12, 8, 14], [12, 8, 14], [12, 8, 14], [12, 8, 9, 14], [12, 8, 9, 14]]


def test_rs_plan_prints_what_its_matrix_uses(plans: Plans, client: Client) -> None:
    plan = plans["rs"]
    client.force_login(User.objects.get(username="maria"))
    html = client.get(reverse("internal_control:plan", args=[plan.pk])).content.decode()
    risk_1 = html[html.index('id="risk-1"') : html.index('id="risk-2"')]
    # "1 d 1 1 … 4 4 16 eliminera": the numbers, priority and requirement type as printed.
    assert "Sannolikhet 4 × Konsekvens 4 = 16" in risk_1
    assert "<dt>Prioritet</dt><dd>1</dd>" in risk_1
    # The category in the plan's own words (seed 001: "d= att redovisningen …").
    seed_d = "att redovisningen och uppföljningen av verksamhet och ekonomi är rättvisande"
    assert f"<dt>Kravtyp</dt><dd>d – {seed_d} och ändamålsenlig</dd>" in risk_1
    for label in ("Sannolik", "Allvarlig", "Kännbar", "Möjlig"):
        assert f"Konsekvens {label}" not in html and f"Sannolikhet {label}" not in html
    word = client.get(reverse("reports:control_plan_docx", args=[plan.pk])).content
    text = "\n".join(p.text for p in Document(io.BytesIO(word)).paragraphs)
    assert "Riskbedömning: Sannolikhet 4 × Konsekvens 4 = 16: R4 Åtgärdas omedelbart" in text
    assert "Prioritet: 1" in text
    assert f"Kravtyp: d – {seed_d} och ändamålsenlig" in text


def test_hsn_plan_prints_its_matrix_s_labels(plans: Plans, client: Client) -> None:
    client.force_login(User.objects.get(username="karin"))
    html = client.get(reverse("internal_control:plan", args=[plans["hsn"].pk])).content.decode()
    risk_1 = html[html.index('id="risk-1"') : html.index('id="risk-2"')]
    assert "Allvarlighetsgrad Betydande, Sannolikhet Stor" in " ".join(risk_1.split())
    assert "Prioritet" not in risk_1


def test_rs_plan_is_adopted_as_far_as_the_seed_knows(plans: Plans, client: Client) -> None:
    # "Fastställd av Regionstyrelsen 2022-05-xx §xx"
    adoption = plans["rs"].adoptions.get()
    assert (adoption.body, adoption.adopted_on_precision) == ("Regionstyrelsen", "month")
    assert (adoption.adopted_on_text, adoption.reference_text) == ("2022-05-xx", "§xx")
    client.force_login(User.objects.get(username="sofia"))
    html = client.get(reverse("internal_control:plan", args=[plans["rs"].pk])).content.decode()
    assert "<dd>Antagen: Regionstyrelsen 2022-05-xx §xx</dd>" in html


def test_the_demo_s_people_own_what_the_seeds_assign_to_their_roles(
    plans: Plans, client: Client
) -> None:
    rs = plans["rs"]
    anders = User.objects.get(username="anders")
    assert sorted(rs.risks.filter(owner=anders).values_list("number", flat=True)) == [14, 28, 29]
    actions = Action.objects.filter(plan=rs, owner=anders)
    assert sorted(actions.values_list("number", flat=True)) == [14, 28, 29]
    # The role stays as written beside the person; no other role of the seed has a person.
    assert set(rs.risks.filter(owner__isnull=False).values_list("owner_title", flat=True)) == {
        "HR-dir"
    }
    assert not plans["hsn"].risks.filter(owner__isnull=False).exists()  # seed 000 names none
    client.force_login(anders)
    html = client.get(reverse("internal_control:mine")).content.decode()
    assert "Du är inte ansvarig för någon risk." not in html
    for number in (14, 28, 29):
        assert f"{number}. {rs.risks.get(number=number).title[:30]}" in html
        assert f"Å{number}</a>" in html
    page = client.get(reverse("internal_control:risk", args=[rs.risks.get(number=14).pk]))
    assert "Anders Berg HR-dir" in " ".join(page.content.decode().split())


def test_karin_takes_a_risk_of_the_published_rs_plan_into_hsn_s(
    plans: Plans, client: Client
) -> None:
    rs, hsn = plans["rs"], plans["hsn"]
    assert rs.published_to_region
    source = rs.risks.get(number=14)
    client.force_login(User.objects.get(username="karin"))
    take = reverse("internal_control:risk_take", args=[hsn.pk])
    assert source.title in client.get(take).content.decode()
    assert client.post(take, {"risk": source.pk}).status_code == 302
    taken = hsn.risks.get(number=27)
    assert (taken.title, taken.owner_title) == (source.title, "HR-dir")
    assert client.get(rs.get_absolute_url()).status_code == 404  # the rest stays the board's
