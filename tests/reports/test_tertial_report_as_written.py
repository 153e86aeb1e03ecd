"""The tertial report of seed 004 in PDF, Word and Excel: what the source says, as it says it.

Each document prints the breakdown to units, every success factor (also one without
measures), every value with its unit, and a flag beside figures that contradict each other.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from exchange.demo.files import read_yaml
from exchange.demo.operational_plans import load_operational_plan
from exchange.demo.organisation import LoadReport, load_organisation
from exchange.demo.scorecards import load_scorecard
from followup.models import Period
from organisation.models import Unit
from tests.reports.test_pdf_documents import _get, _text
from tests.reports.test_word_and_excel_documents import DOCX, _all_text
from tests.reports.test_word_and_excel_documents import _get as _get_file

DEMO = Path(settings.BASE_DIR) / "demo_data"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

FLAGS = (
    "Kvinnor och män blir tillsammans 470, inte totalen 400.",
    "Kvinnor och män blir tillsammans 338, inte totalen 339.",
    "Tidsserien T1 2022 anger totalt 339, kvinnor 205, män 134.",
    "Tabellen LS1 2022-T1 anger totalt 15 %, kvinnor 17 %, män 8 %.",
    "Totalen 78,5 % ligger inte mellan utfallet för kvinnor, 78 %, och för män, 76 %.",
)
FACTORS = (
    "Framgångsfaktor: Den nära vården utformas med primärvården som nav",
    "Framgångsfaktor: Kostnadseffektiv verksamhet",
    "Framgångsfaktor: Ledarskap och medarbetarskap som främjar förbättring och förnyelse",
)


@pytest.fixture
def report_urls(db: None) -> dict[str, str]:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_scorecard(read_yaml(DEMO / "followup" / "ll1-2022.yaml"), LoadReport())
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=unit.parent.parent, year=2022, name="DÅ04")  # type: ignore[union-attr]
    return {
        kind: reverse(f"reports:tertial_report_{kind}", args=[unit.pk, period.pk])
        for kind in ("pdf", "docx", "xlsx")
    }


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_prints_the_source_as_written(report_urls: dict[str, str], client: Client) -> None:
    text = _text(_get(client, "lena", report_urls["pdf"]))
    for flag in FLAGS:
        assert flag in text, flag
    assert "DÅ04 2020: Uppgifterna motsäger varandra." in text
    for factor in FACTORS:
        assert factor in text, factor
    assert "Inget styrmått följer upp målet; enhetens åtgärder bidrar till det." in text
    assert "+19 mnkr" in text and "90 st" in text and "68 st" in text
    assert "Nedbrytning på enheter: Vårdrelaterade fallskador hos äldre" in text
    for row in (
        "VO Akut omhändertagande DÅ04 2021 2 st",
        "VO Internmedicin DÅ04 2021 55 st",
        "VO Internmedicin DÅ04 2022 85 st",
        "VO Neurocentrum DÅ04 2022 3 st",
        "VO Barnsjukvård DÅ04 2022 19 % 21 % 11 %",
    ):
        assert row in text, row


def test_the_word_document_prints_the_source_as_written(
    report_urls: dict[str, str], client: Client
) -> None:
    document = Document(io.BytesIO(_get_file(client, "lena", report_urls["docx"], DOCX)))
    text = _words(_all_text(document))
    for flag in FLAGS:
        assert flag in text, flag
    for factor in FACTORS:
        assert factor in text, factor
    assert "+19 mnkr" in text and "90 st" in text
    breakdown = next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Enhet" and "st" in t.cell(1, 2).text
    )
    rows = [tuple(_words(c.text) for c in r.cells) for r in breakdown.rows[1:]]
    assert ("VO Internmedicin", "DÅ04 2022", "85 st", "–", "–") in rows
    assert len(rows) == 6


def test_the_spreadsheet_has_units_breakdown_flags_and_every_goal(
    report_urls: dict[str, str], client: Client
) -> None:
    workbook = load_workbook(io.BytesIO(_get_file(client, "lena", report_urls["xlsx"], XLSX)))
    measures, over_time, goals = workbook.worksheets
    rows = list(measures.iter_rows(min_row=3, values_only=True))
    budget = next(r for r in rows if str(r[2]).startswith("Alla divisioner"))
    assert budget[5] == "mnkr" and budget[6] == 19.0
    budget_cell = next(r for r in measures.iter_rows(min_row=3) if r[2].value == budget[2])[6]
    assert "mnkr" in budget_cell.number_format and budget_cell.number_format.startswith("+")
    flagged = [r for r in rows if r[13]]
    assert {str(r[2])[:30] for r in flagged} == {
        "Antal patienter som fått fråga",
        "Andel patienter med misstänkt ",
        "Andel utskrivna patienter i må",
    }
    series = list(over_time.iter_rows(min_row=2, values_only=True))
    assert ("Vårdrelaterade fallskador hos äldre", "VO Internmedicin", "DÅ04 2022", 85.0) in [
        r[:4] for r in series
    ]
    assert any(r[2] == "DÅ04 2020" and "470" in str(r[7]) for r in series)
    listed = {r[2]: r[3] for r in goals.iter_rows(min_row=2, values_only=True)}
    assert listed["Framgångsfaktor: Kostnadseffektiv verksamhet"] == 0
    assert listed["Framgångsfaktor: Den nära vården utformas med primärvården som nav"] == 1


@pytest.fixture
def plan_urls(db: None) -> dict[str, str]:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_operational_plan(read_yaml(DEMO / "planning" / "hsn-2023.yaml"), LoadReport())
    hsn = Unit.objects.get(name="Hälso- och sjukvårdsnämnden")
    return {
        kind: reverse(f"reports:operational_plan_{kind}", args=[hsn.pk, 2023])
        for kind in ("pdf", "docx")
    }


def test_the_plan_documents_print_no_invented_frequency(
    plan_urls: dict[str, str], client: Client
) -> None:
    pdf = _text(_get(client, "per", plan_urls["pdf"]))
    assert "tillhöra samma dag som patienten söker vård. 100 % Ej angiven" in pdf
    assert "2 parametrar Månad" in pdf
    word = Document(io.BytesIO(_get_file(client, "per", plan_urls["docx"], DOCX)))
    cells = [
        tuple(_words(c.text) for c in row.cells) for table in word.tables for row in table.rows
    ]
    phone = next(c for c in cells if c[0].startswith("Telefontillgängligheten till hälsocentral"))
    assert phone[1:] == ("100 %", "Ej angiven")
    bup = next(c for c in cells if c[0].startswith("Tillgängligheten till BUP"))
    assert bup[1] == "2 parametrar"
