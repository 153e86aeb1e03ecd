"""Word and Excel documents from the demo data: real headings and tables, every row."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from followup.models import Period
from internal_control.models import Action, ControlPlan
from organisation.models import Unit, User
from planning.models import Goal, GoalLevel, Indicator

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _get(client: Client, username: str, url: str, content_type: str) -> bytes:
    client.force_login(User.objects.get(username=username))
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    return response.content


def _all_text(document: object) -> str:
    texts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return "\n".join(texts)


def _headings(document: object) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in document.paragraphs  # type: ignore[attr-defined]
        if p.style.name.startswith(("Heading", "Title"))
    ]


def test_internal_control_plan_in_word(demo: None, client: Client) -> None:
    plan = ControlPlan.objects.get(year=2025)
    content = _get(client, "karin", reverse("reports:control_plan_docx", args=[plan.pk]), DOCX)
    document = Document(io.BytesIO(content))
    assert document.core_properties.title == plan.title
    assert document.core_properties.language == "sv-SE"
    headings = _headings(document)
    for risk in plan.risks.all():
        assert ("Heading 3", f"Risk {risk.number}: {risk.title}") in headings, risk.number
    text = _all_text(document)
    for action in Action.objects.filter(plan=plan):
        assert action.title in text, action.number
    shared = plan.risks.get(number=1)
    assert text.count(shared.consequence) == 1
    first = document.tables[0]
    assert first.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # header repeats


def test_tertial_report_in_word_and_excel(demo: None, client: Client) -> None:
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=unit.parent.parent, year=2022, name="DÅ04")
    content = _get(
        client, "lena", reverse("reports:tertial_report_docx", args=[unit.pk, period.pk]), DOCX
    )
    document = Document(io.BytesIO(content))
    text = _all_text(document)
    for indicator in Indicator.objects.filter(unit=unit):
        assert indicator.name in text
        assert indicator.target_text in text
    assert "○ Ej uppfyllt" in text and "Utfallet 51\u00a0% når inte målet minst 100\u00a0%." in text
    assert (
        "Målet En god vård med hög tillgänglighet och kontinuitet: ○ Ej uppfyllt – 0 av 4 mått "
        "uppfyllda; målet är uppfyllt när alla är det."
    ) in text
    pictures = list(document.element.body.iter(qn("wp:docPr")))
    assert pictures, "charts are embedded"
    assert all(p.get("descr") for p in pictures)
    workbook = load_workbook(
        io.BytesIO(
            _get(
                client,
                "lena",
                reverse("reports:tertial_report_xlsx", args=[unit.pk, period.pk]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        )
    )
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == Indicator.objects.filter(unit=unit).count() == 17
    first = next(r for r in rows if str(r[2]).startswith("Andel av patienter som står"))
    assert (first[3], first[6], first[7], first[8]) == ("100 %", 51.0, 45.0, 60.0)
    # The goals' sheet gives each goal's verdict and why.
    goals = {r[2]: r for r in workbook["Mål"].iter_rows(min_row=2, values_only=True)}
    goal = goals["Framgångsfaktor: En god vård med hög tillgänglighet och kontinuitet"]
    assert goal[4:6] == (
        "○ Ej uppfyllt",
        "0 av 4 mått uppfyllda; målet är uppfyllt när alla är det.",
    )


def test_operational_plan_in_word(demo: None, client: Client) -> None:
    hsn = Unit.objects.get(name="Hälso- och sjukvårdsnämnden")
    content = _get(
        client, "per", reverse("reports:operational_plan_docx", args=[hsn.pk, 2023]), DOCX
    )
    document = Document(io.BytesIO(content))
    text = _all_text(document)
    for goal in Goal.objects.filter(level__in=[GoalLevel.OVERARCHING, GoalLevel.COMMITTEE]):
        assert goal.title in text, goal.title
    assert ("Heading 1", "Strategi: Vård") in _headings(document)
