"""The committee's documents as PDF, from the demo data: complete, tagged, in Swedish.

Text is extracted with pdftotext (poppler) the way a reader's tools would read it.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from django.test import Client
from django.urls import reverse

from committee.models import MeetingItem
from economy.models import Investment
from followup.models import Period
from internal_control.models import Action, ControlPlan
from organisation.models import Unit, User
from planning.models import Goal, GoalLevel, Indicator


def _text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
    return " ".join(out.stdout.decode().split())


def _info(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, check=True
        ).stdout.decode()


def _objects(pdf: bytes) -> bytes:
    """The PDF with its compressed streams inflated, to read the catalogue's entries."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"".join(parts)


def _structure(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdfinfo", "-struct", str(path)], capture_output=True, check=True)
    return out.stdout.decode()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_accessible_pdf(pdf: bytes, title: str) -> None:
    info = _info(pdf)
    assert re.search(r"^Tagged:\s+yes", info, re.M), info
    assert re.search(rf"^Title:\s+{re.escape(title)}", info, re.M), info
    objects = _objects(pdf)
    assert b"/Lang (sv)" in objects
    assert b"/DisplayDocTitle true" in objects
    assert b"/FontFile" in objects  # fonts are embedded
    tags = _structure(pdf)
    for tag in ("H1", "H2", "Table", "TH", "TD"):
        assert re.search(rf"^\s*{tag}\b", tags, re.M), tag


def _get(client: Client, username: str, url: str) -> bytes:
    client.force_login(User.objects.get(username=username))
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_internal_control_plan_pdf_has_every_risk_and_action_once(
    demo: None, client: Client
) -> None:
    plan = ControlPlan.objects.get(year=2025)
    pdf = _get(client, "karin", reverse("reports:control_plan_pdf", args=[plan.pk]))
    _assert_accessible_pdf(pdf, plan.title)
    text = _text(pdf)
    assert "Sida 1 av" in text and "som den är i dag" in text
    for risk in plan.risks.all():
        assert _flat(f"Risk {risk.number}: {risk.title}") in text, risk.number
    for action in Action.objects.filter(plan=plan):
        assert _flat(action.title)[:60] in text, action.number
    # Risk 1 threatens several assignments: described in full once, referred to elsewhere.
    shared = plan.risks.get(number=1)
    assert shared.assignment_links.count() > 1
    assert text.count(_flat(f"Risk 1: {shared.title}")) == shared.assignment_links.count()
    assert text.count(_flat(shared.consequence)) == 1
    assert "beskriven ovan" in text
    assert "Risk 2, 7, 9, 11, 17, 22, 25" in text  # a heat map cell


def test_tertial_report_pdf_has_every_measure_target_and_outcome(
    demo: None, client: Client
) -> None:
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=unit.parent.parent, year=2022, name="DÅ04")
    pdf = _get(client, "lena", reverse("reports:tertial_report_pdf", args=[unit.pk, period.pk]))
    text = _text(pdf)
    _assert_accessible_pdf(pdf, "Division Länssjukvård 1: uppföljning DÅ04 2022")
    for indicator in Indicator.objects.filter(unit=unit):
        assert _flat(indicator.name) in text, indicator.name
        assert _flat(indicator.target_text) in text, indicator.target_text
    for figure in ("51 %", "45 %", "60 %", "14 348", "7 308", "19,3 %", "8,17 %"):
        assert figure in text, figure
    assert "Ej uppfyllt" in text and "Utfallet 51 % når inte målet minst 100 %." in text
    assert "Stratsys/Power BI" in text  # the comment of action 30
    assert "Bilden visar" not in text
    # Charts have their figures in a table beside them.
    assert "Diagrammets siffror: Antal patienter som fått fråga om våld i nära relation" in text
    # Each goal has its verdict from its measures, with why.
    assert (
        "Målet En god vård med hög tillgänglighet och kontinuitet: ○ Ej uppfyllt – 0 av 4 mått "
        "uppfyllda; målet är uppfyllt när alla är det."
    ) in text


def test_operational_plan_pdf_has_every_goal_and_target(demo: None, client: Client) -> None:
    hsn = Unit.objects.get(name="Hälso- och sjukvårdsnämnden")
    pdf = _get(client, "per", reverse("reports:operational_plan_pdf", args=[hsn.pk, 2023]))
    _assert_accessible_pdf(pdf, "Verksamhetsplan 2023: Hälso- och sjukvårdsnämnden")
    text = _text(pdf)
    for goal in Goal.objects.filter(level__in=[GoalLevel.OVERARCHING, GoalLevel.COMMITTEE]):
        assert _flat(goal.title) in text, goal.title
    for indicator in Indicator.objects.filter(unit=hsn):
        assert _flat(indicator.target_text) in text, indicator.target_text
    # The plan carries its budget frame, every investment and the meeting calendar.
    assert "Total nettobudgetram enligt Regionplan och budget" in text
    for investment in Investment.objects.filter(unit=hsn, year=2023):
        assert _flat(investment.name) in text, investment.name
    # A line may break after a slash ("Ögon/ Öron"), so compare without that break.
    unbroken = text.replace("/ ", "/")
    for item in MeetingItem.objects.filter(meeting__unit=hsn, meeting__date__year=2023):
        assert _flat(item.topic) in unbroken, item.topic


def test_documents_follow_the_pages_permissions(demo: None, client: Client) -> None:
    plan = ControlPlan.objects.get(year=2025)
    hsn = Unit.objects.get(name="Hälso- och sjukvårdsnämnden")
    ll1 = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=ll1.parent.parent, year=2022, name="DÅ04")
    client.force_login(User.objects.get(username="lena"))
    assert client.get(reverse("reports:control_plan_pdf", args=[plan.pk])).status_code == 404
    assert (
        client.get(reverse("reports:operational_plan_pdf", args=[hsn.pk, 2023])).status_code == 404
    )
    client.force_login(User.objects.get(username="per"))
    url = reverse("reports:tertial_report_pdf", args=[ll1.pk, period.pk])
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_follow_up_of_the_control_plan_as_pdf_and_word(demo: None, client: Client) -> None:
    from docx import Document

    from internal_control.models import ControlActivity, ControlResult, FollowUp, RiskAssessment
    from internal_control.services.matrices import class_for

    followup = FollowUp.objects.get(plan__year=2025)
    plan = followup.plan
    risk = plan.risks.get(number=3)
    previous = risk.assessments.get()
    score, risk_class = class_for(plan.matrix, 4, 3)
    RiskAssessment.objects.create(
        risk=risk,
        assessed_on=followup.due_on,
        probability=4,
        severity=3,
        score=score,
        risk_class=risk_class,
        reason="Resursbristen har ökat.",
        followup=followup,
    )
    control = ControlActivity.objects.create(
        plan=plan, number=1, what="Stickprov av väntelistor", risk=risk
    )
    ControlResult.objects.create(
        control=control,
        followup=followup,
        performed_on=followup.due_on,
        outcome="deviation",
        findings="Tre patienter saknade planerat datum.",
        measures="Rutinen förtydligas.",
    )
    pdf = _get(client, "karin", reverse("reports:control_followup_pdf", args=[followup.pk]))
    text = _text(pdf)
    _assert_accessible_pdf(pdf, f"Uppföljning av {plan.title}: {followup.name}")
    assert (
        f"Risk 3 bedöms högre än tidigare ({previous.risk_class.code} till {risk_class.code})"
        in text
    )
    assert "Kontroll K1 fann en avvikelse: Tre patienter saknade planerat datum." in text
    assert "Utveckling pågår löpande, men hämmas av ekonomiska begränsningar." in text
    client.force_login(User.objects.get(username="karin"))
    word = client.get(reverse("reports:control_followup_docx", args=[followup.pk]))
    document = Document(io.BytesIO(word.content))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "Resursbristen har ökat." in paragraphs
    client.force_login(User.objects.get(username="lena"))
    assert (
        client.get(reverse("reports:control_followup_pdf", args=[followup.pk])).status_code == 404
    )
