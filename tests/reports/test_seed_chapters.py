"""The seeds' chapters of text are in the demo word for word, and printed in the documents."""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.urls import reverse
from docx import Document

from chapters.documents import document_kind
from chapters.services import chapters_of, update_chapter
from followup.models import Period
from organisation.models import Unit, User
from planning.services.adoption import adopt_operational_plan
from tests.reports.test_pdf_documents import _get, _text
from tests.reports.test_word_and_excel_documents import _all_text

DATA = Path(settings.BASE_DIR) / "demo_data"
SEEDS = {
    "hsn-2023-verksamhetsplan.yaml": "002_69cddfe963d13d05.txt",
    "ll1-2022-delarsrapport.yaml": "004_58134c5e2ccaaaa6.txt",
}


def _letters(text: str) -> str:
    """The text's words without what extraction and markup put between them: spaces, line
    breaks, hyphens that split words across lines, bullets and Markdown's marks."""
    return re.sub(r"[\s\-–•▪#*\\|]", "", text)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_paragraph_of_the_demos_chapters_is_the_seeds_own(name: str) -> None:
    data = yaml.safe_load((DATA / "chapters" / name).read_text(encoding="utf-8"))
    seed = _letters((DATA / "seeds" / SEEDS[name]).read_text(encoding="utf-8"))
    checked = 0
    for chapter in data["chapters"]:
        assert _letters(chapter["heading"]) in seed, chapter["heading"]
        for paragraph in re.split(r"\n\s*\n|\n- ", chapter["text"]):
            if paragraph.strip():
                assert _letters(paragraph) in seed, paragraph
                checked += 1
    assert checked > 10


def _in_order(text: str, *parts: str) -> None:
    places = [text.find(part) for part in parts]
    assert -1 not in places, [p for p, at in zip(parts, places, strict=True) if at < 0]
    assert places == sorted(places), parts


@pytest.fixture
def hsn(demo: None) -> Unit:
    return Unit.objects.get(name="Hälso- och sjukvårdsnämnden")


def test_the_operational_plan_prints_its_chapters_in_their_place(hsn: Unit, client: Client) -> None:
    text = _text(_get(client, "per", reverse("reports:operational_plan_pdf", args=[hsn.pk, 2023])))
    _in_order(
        text,
        "Inledning Regionfullmäktige har i regionplanen pekat ut en riktning",
        "Tom Silverklo (C) Hälso- och sjukvårdsnämndens ordförande",
        "Uppgifter Hälso- och sjukvårdsnämnden har varit verksam sedan 1 januari 2019.",
        "Mål och uppdrag",
        "Planeringsförutsättningar",
        "vårdformer är exempel på åtgärder som kan bidra till ökad kostnadseffektivitet.",
        "Strategi: Länets utveckling",
        "Uppföljning, uppsiktsplikt och internkontroll Uppföljning",
        "Inför arbetet upprättas ett ärende i Platina.",
        "Patientnämndens rapport",
        "Utöver ordinarie uppföljning genomförs under 2023 också förtroendemannautbildning",
        "Intern kontroll Enligt kommunallagen 6 kap 6§",
        "Sammanträdesplanering",
    )
    client.force_login(User.objects.get(username="per"))
    response = client.get(reverse("reports:operational_plan_docx", args=[hsn.pk, 2023]))
    word = Document(io.BytesIO(response.content))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[:4] == [
        "Inledning",
        "Uppgifter",
        "Mål och uppdrag",
        "Planeringsförutsättningar",
    ]
    bullets = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert (
        "Ha vårdgivaransvaret för all drift av hälso- och sjukvård och tandvård i egen regi."
        in (bullets)
    )
    assert "Intern kontroll" in [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert "förtroendemannautbildning för den nya nämnden" in _all_text(word)


def test_the_adopted_plan_keeps_the_chapters_it_was_adopted_with(hsn: Unit, client: Client) -> None:
    karin = User.objects.get(username="karin")
    adopt_operational_plan(
        karin,
        hsn,
        year=2023,
        adopted_on=datetime.date(2022, 12, 14),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 187",
    )
    kind = document_kind("verksamhetsplan")
    assert kind is not None
    owner = kind.owner(hsn, 2023)
    assert owner is not None
    intro = chapters_of(kind, owner)[0]
    update_chapter(
        karin, kind, owner, intro, intro.version, heading="Inledning", place="start", text="Ny."
    )
    url = reverse("reports:operational_plan_pdf", args=[hsn.pk, 2023])
    adopted = _text(_get(client, "per", f"{url}?version=antagen"))
    assert "Inledning Regionfullmäktige har i regionplanen pekat ut en riktning" in adopted
    today = _text(_get(client, "per", url))
    assert "Inledning Ny." in today
    assert "pekat ut en riktning" not in today


def test_the_period_report_prints_its_chapters_before_the_goals(demo: None, client: Client) -> None:
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=unit.region_id, year=2022, name="DÅ04")
    url = reverse("reports:tertial_report_pdf", args=[unit.pk, period.pk])
    text = _text(_get(client, "lena", url))
    _in_order(
        text,
        "Inledning I denna bilaga till divisionens delårsrapport per april 2022",
        "Produktion, tillgänglighet mm Produktion Den pågående pandemin",
        "Tillgänglighet Andel väntande patienter som väntat 90 dagar eller kortare på ett "
        "beslutat besök",
        "Pojkar är något överrespresenterade med 53 procent.",
        "Måluppfyllelse i perspektiv Region Norrbotten tillämpar balanserad styrning",
        "Sammanfattning av måluppfyllelsen",
    )
    client.force_login(User.objects.get(username="lena"))
    word_url = reverse("reports:tertial_report_docx", args=[unit.pk, period.pk])
    word = Document(io.BytesIO(client.get(word_url).content))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 2"][:2] == [
        "Produktion",
        "Tillgänglighet",
    ]
