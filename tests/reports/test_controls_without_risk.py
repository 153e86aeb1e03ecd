"""A control that belongs to no risk of the plan is kept in the follow-up, with its result:
the deviation it found is proposed to the committee in the PDF and in Word, and the document
never says that no control found one."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse

from internal_control.models import ControlActivity, ControlResult, FollowUp
from reports.control_followup import control_followup
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.reports.test_pdf_documents import _text

NOTHING = "Inget kräver beslut"


def test_a_deviation_found_by_a_control_without_risk_is_in_both_documents(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    followup = FollowUp.objects.get(plan=control_world.plan)
    control = ControlActivity.objects.create(
        plan=control_world.plan, number=7, what="Behörighetskontroll i journalsystemet"
    )
    ControlResult.objects.create(
        control=control,
        followup=followup,
        performed_on=followup.due_on,
        outcome="deviation",
        findings="Två konton för slutat personal var aktiva.",
        measures="Kontona stängs; rutinen ses över.",
    )
    data = control_followup(followup)
    assert [c["control"] for c in data["controls_without_risk"]] == [control]
    proposal = (
        "Kontroll K7 fann en avvikelse: Två konton för slutat personal var aktiva. "
        "Åtgärder: Kontona stängs; rutinen ses över."
    )
    assert proposal in data["proposals"]

    client.force_login(world.controller)
    pdf = client.get(reverse("reports:control_followup_pdf", args=[followup.pk]))
    assert pdf.status_code == 200
    text = _text(b"".join(pdf.streaming_content) if pdf.streaming else pdf.content)
    assert "Kontroller utan koppling till en risk" in text
    assert "K7 Behörighetskontroll i journalsystemet Avvikelse" in text
    assert proposal in text
    assert NOTHING not in text

    from docx import Document

    word = client.get(reverse("reports:control_followup_docx", args=[followup.pk]))
    document = Document(io.BytesIO(word.content))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Kontroller utan koppling till en risk" in paragraphs
    assert proposal in paragraphs
    assert "K7 Behörighetskontroll i journalsystemet" in cells
    assert NOTHING not in paragraphs


def test_the_plan_prints_every_control_with_when_it_is_reported(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    ControlActivity.objects.create(
        plan=control_world.plan,
        number=7,
        what="Behörighetskontroll i journalsystemet",
        method="Stickprov",
        frequency="Två gånger per år",
        reported_when="Vid augustiuppföljningen",
    )
    client.force_login(world.controller)
    pdf = client.get(reverse("reports:control_plan_pdf", args=[control_world.plan.pk]))
    assert pdf.status_code == 200
    text = _text(b"".join(pdf.streaming_content) if pdf.streaming else pdf.content)
    assert "Tidpunkt för rapportering" in text
    assert "Vid augustiuppföljningen" in text

    from docx import Document

    word = client.get(reverse("reports:control_plan_docx", args=[control_world.plan.pk]))
    cells = [
        c.text for t in Document(io.BytesIO(word.content)).tables for r in t.rows for c in r.cells
    ]
    assert "Tidpunkt för rapportering" in cells
    assert "Vid augustiuppföljningen" in cells
    assert "Behörighetskontroll i journalsystemet" in cells


def test_the_workbook_has_a_controls_sheet(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    from openpyxl import load_workbook

    ControlActivity.objects.create(
        plan=control_world.plan,
        number=7,
        what="Behörighetskontroll i journalsystemet",
        reported_when="Vid augustiuppföljningen",
    )
    client.force_login(world.controller)
    response = client.get(reverse("reports:control_plan_xlsx", args=[control_world.plan.pk]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["Kontrollmoment"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [
        "Nr",
        "Vad som kontrolleras",
        "Hur",
        "Hur ofta",
        "Ansvarig",
        "Tidpunkt för rapportering",
        "Risk",
        "Avslutad",
    ]
    row = next(r for r in rows if r[0] == "K7")
    assert row[1] == "Behörighetskontroll i journalsystemet"
    assert row[5] == "Vid augustiuppföljningen"
    assert row[6] is None  # a control without a risk is kept, its risk empty
    assert row[7] is None  # performed still: not ended
    assert len(rows) == 1 + ControlActivity.objects.filter(plan=control_world.plan).count()
