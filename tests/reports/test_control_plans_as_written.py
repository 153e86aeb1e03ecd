"""The demo's internal control plans in their documents exactly as the seeds wrote them."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from followup.models import Period
from internal_control.models import ControlPlan
from organisation.models import Unit, User
from tests.reports.test_pdf_documents import _text
from tests.reports.test_word_and_excel_documents import _all_text


def _content(client: Client, username: str, url: str) -> bytes:
    client.force_login(User.objects.get(username=username))
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def _word(client: Client, username: str, plan: ControlPlan) -> str:
    content = _content(client, username, reverse("reports:control_plan_docx", args=[plan.pk]))
    return _all_text(Document(io.BytesIO(content)))


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
