"""Seed 004's analyses are in the demo word for word, once, and printed in the report's PDF,
Word and Excel under their measure and goal."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from followup.models import Analysis, Period
from organisation.models import Unit, User
from tests.reports.test_pdf_documents import _get, _text
from tests.reports.test_seed_chapters import _in_order, _letters
from tests.reports.test_word_and_excel_documents import _all_text

DATA = Path(settings.BASE_DIR) / "demo_data"
FILE = DATA / "analyses" / "ll1-2022-delarsrapport.yaml"
SEED = DATA / "seeds" / "004_58134c5e2ccaaaa6.txt"
# A Markdown table's line under its header, which the seed does not print.
TABLE_RULE = re.compile(r"^\|(-+\|)+$", re.MULTILINE)


def _analyses() -> list[dict[str, str]]:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    analyses: list[dict[str, str]] = data["analyses"]
    return analyses


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", TABLE_RULE.sub("", text)) if p.strip()]


def test_every_paragraph_of_the_demos_analyses_is_the_seeds_own() -> None:
    seed = _letters(SEED.read_text(encoding="utf-8"))
    checked = 0
    for analysis in _analyses():
        assert not analysis.get("forecast"), "the seed gives no forecast"
        for paragraph in _paragraphs(analysis["text"]):
            assert _letters(paragraph) in seed, paragraph
            checked += 1
    assert checked >= 20


def test_no_analysis_repeats_a_chapter_of_the_report() -> None:
    chapters = yaml.safe_load(
        (DATA / "chapters" / "ll1-2022-delarsrapport.yaml").read_text(encoding="utf-8")
    )
    written = _letters(" ".join(c["text"] for c in chapters["chapters"]))
    for analysis in _analyses():
        for paragraph in _paragraphs(analysis["text"]):
            assert _letters(paragraph) not in written, paragraph


@pytest.fixture
def ll1(demo: None) -> tuple[Unit, Period]:
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    return unit, Period.objects.get(unit=unit.region_id, year=2022, name="DÅ04")


def test_the_demo_holds_each_analysis_under_its_subject(ll1: tuple[Unit, Period]) -> None:
    unit, period = ll1
    stored = Analysis.objects.filter(unit=unit, period=period).select_related("indicator", "goal")
    by_subject = {a.indicator.name if a.indicator else a.goal.title: a for a in stored}  # type: ignore[union-attr]
    expected = {a.get("measure") or a["goal"]: a["text"].strip() for a in _analyses()}
    assert {name: a.text for name, a in by_subject.items()} == expected
    assert {a.forecast for a in stored} == {""}  # no forecast given, none invented
    assert by_subject["Hållbar kompetensförsörjning"].kind == "mal"
    assert all(a.history.filter(history_user__isnull=True).exists() for a in stored)


def test_the_report_prints_the_analyses_under_their_measures(
    ll1: tuple[Unit, Period], client: Client
) -> None:
    unit, period = ll1
    pdf = _text(
        _get(client, "lena", reverse("reports:tertial_report_pdf", args=[unit.pk, period.pk]))
    )
    lead = "Analys – Prognos för helåret: Ingen prognos angiven"
    _in_order(
        pdf,
        f"{lead} Vårdpersonal ska fråga om våldsutsatthet i förebyggande syfte",
        "Påverkbar slutenvård vid kronisk sjukdom hjärtsvikt, astma, KOL eller diabetes "
        f"{lead} Ett nytt mål för 2022 är att arbeta med en förflyttning",
        "De flesta har fått direkta insatser genom SeUpprond",
        f"Strategiskt mål: Hållbar kompetensförsörjning {lead} Andelen inhyrd personal ligger "
        "på 6,9 procent för årets första tertial",
        "Denna positiva budgetavvikelse beror dock på höga ersättningar för PCR provtagning",
    )
    assert "Totalt 68 90" in pdf  # the falls' table, as the seed prints it

    client.force_login(User.objects.get(username="lena"))
    word = Document(
        io.BytesIO(
            client.get(reverse("reports:tertial_report_docx", args=[unit.pk, period.pk])).content
        )
    )
    text = _all_text(word)
    assert "Gällivare har dock förbättrat sig sedan DÅ8 2021, då man låg på 52 procent." in text
    assert "Den totala sjukfrånvaron ökar jämfört med föregående år." in text
    texts = [p.text for p in word.paragraphs]
    goal = texts.index("Strategiskt mål: Hållbar kompetensförsörjning")
    assert texts[goal + 1 : goal + 3] == [
        lead,
        "Andelen inhyrd personal ligger på 6,9 procent för årets första tertial vilket är högre "
        "än ingångsvärdet. Den totala sjukfrånvaron ökar jämfört med föregående år.",
    ]

    excel = client.get(reverse("reports:tertial_report_xlsx", args=[unit.pk, period.pk]))
    measures, _over_time, goals = load_workbook(io.BytesIO(excel.content)).worksheets
    assert [c.value for c in measures[2][14:16]] == ["Prognos för helåret", "Analys"]
    rows = {r[2]: r for r in measures.iter_rows(min_row=3, values_only=True)}
    falls = rows["Vårdrelaterade fallskador hos äldre"]
    assert falls[14] == "Ingen prognos angiven"
    assert str(falls[15]).startswith("T1 | 2021 | 2022\nVO Akut omhändertagande | 2 | 2")
    assert rows["Sjukfrånvaro"][14:16] == (None, None)  # no analysis: empty cells
    written = [r for r in rows.values() if r[15]]
    assert len(written) == len(_analyses()) - 1  # the goal's analysis is on the goals' sheet
    listed = {r[2]: r for r in goals.iter_rows(min_row=2, values_only=True)}
    goal = listed["Strategiskt mål: Hållbar kompetensförsörjning"]
    assert goal[0] == "Medarbetare" and goal[6:] == (
        "Ingen prognos angiven",
        "Andelen inhyrd personal ligger på 6,9 procent för årets första tertial vilket är högre "
        "än ingångsvärdet. Den totala sjukfrånvaron ökar jämfört med föregående år.",
    )
