"""The demo's internal control plans in their documents exactly as the seeds wrote them."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

from followup.models import Period
from internal_control.models import ControlPlan
from organisation.models import Unit, User
from tests.reports.test_pdf_documents import _text


def _content(client: Client, username: str, url: str) -> bytes:
    client.force_login(User.objects.get(username=username))
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def _word(client: Client, username: str, plan: ControlPlan) -> str:
    """The Word document's text in reading order, tables where they stand."""
    content = _content(client, username, reverse("reports:control_plan_docx", args=[plan.pk]))
    document = Document(io.BytesIO(content))
    texts = []
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            texts.append(Paragraph(element, document).text)
        elif element.tag.endswith("}tbl"):
            table = Table(element, document)
            texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_no_document_prints_a_status_nobody_reported(demo: None, client: Client) -> None:
    hsn = ControlPlan.objects.get(year=2025)
    word = _word(client, "karin", hsn)
    assert "Ej påbörjad" not in word
    assert word.count("Ej rapporterad") == 14  # each action once in full
    pdf = _text(_content(client, "karin", reverse("reports:control_plan_pdf", args=[hsn.pk])))
    assert "Ej påbörjad" not in pdf and "Ej rapporterad" in pdf
    rs = ControlPlan.objects.get(year=2022)
    sheet = load_workbook(
        io.BytesIO(_content(client, "sofia", reverse("reports:control_plan_xlsx", args=[rs.pk])))
    )["Åtgärder"]
    assert {row[4] for row in sheet.iter_rows(min_row=2, values_only=True)} == {"Ej rapporterad"}
    ll1 = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=ll1.parent.parent, year=2022, name="DÅ04")
    report = _text(
        _content(client, "lena", reverse("reports:tertial_report_pdf", args=[ll1.pk, period.pk]))
    )
    assert "Ej påbörjad" not in report
    assert report.count("Ej rapporterad") == 23


def test_word_and_pdf_print_the_seed_s_order_and_risk_25_s_actions_per_assignment(
    demo: None, client: Client
) -> None:
    hsn = ControlPlan.objects.get(year=2025)
    word = _word(client, "karin", hsn)
    pdf = _text(_content(client, "karin", reverse("reports:control_plan_pdf", args=[hsn.pk])))
    for text in (word, " ".join(pdf.split())):
        # Assignments under Ledningsprocesser as the seed lists them (U20 before U21).
        climate = text.index("Minska miljö- och klimatpåverkan.")
        assert text.index("Väva in effektiviseringar") < climate
        assert climate < text.index("Verksamheten ska inför samtliga beslut")
        # Under U21 the seed prints risk 24 before risk 22.
        u21 = text[text.index("Verksamheten ska inför samtliga beslut") :]
        assert u21.index("Risk 24: ") < u21.index("Risk 22: ")
        # Risk 25 under U22 has no revenue action (Å9); under U25 it has.
        u22 = text.index("genom minskad hyrbemanning")
        u23 = text.index("genom minskning av köpt vård")
        u25 = text.index("åtgärder för ökade intäkter")
        u26 = text.index("identifiera och verkställa ytterligare")
        assert "Å9" not in text[u22:u23]
        assert "Å9" in text[u25:u26]
