"""The tertial report carries the economy: the budget gap against the measures' planned and
realised effects through the report's last month, with the shortfall in words, in PDF and
Word; example figures are said to be examples."""

from __future__ import annotations

import io
from decimal import Decimal

from django.test import Client
from django.urls import reverse
from django.utils import translation
from docx import Document

from economy.models import Calculation
from economy.services.effects import report_effect
from followup.models import Period
from followup.services.periods import make_year
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld, measures_world
from tests.reports.test_pdf_documents import _get, _text
from tests.reports.test_word_and_excel_documents import DOCX, _all_text

__all__ = ["measures_world"]


def test_the_economy_section_in_pdf_and_word(
    world: World, measures_world: MeasuresWorld, client: Client
) -> None:
    translation.activate("sv")
    make_year(SYSTEM, world.region, 2025)
    for month in (1, 5):  # May lies after the first tertial and is not counted in it
        report_effect(
            SYSTEM,
            measures_world.hired_staff,
            year=2025,
            month=month,
            amount=Decimal(1_000_000),
            comment="Enligt huvudboken.",
        )
    period = Period.objects.get(unit=world.region, year=2025, kind="tertial", number=1)
    args = [world.committee.pk, period.pk]
    text = _text(_get(client, "per", reverse("reports:tertial_report_pdf", args=args)))
    assert "Ekonomi i balans" in text
    assert "Åtgärderna täcker 18,1 av 120 mkr; 102 mkr saknas." in text
    assert "till och med april 2025: 1 mkr av de 6 mkr som planerats för samma månader" in text
    assert "12 årsarbeten × 1 450 tkr = 17 400 tkr" in text
    assert "Exempelvärden" not in text

    Calculation.objects.update(is_example=True)
    client.force_login(world.reader)
    response = client.get(reverse("reports:tertial_report_docx", args=args))
    assert response["Content-Type"] == DOCX
    document = Document(io.BytesIO(response.content))
    word = _all_text(document)
    assert "Exempelvärden – inte ur källdokumentet." in word
    assert "Åtgärderna täcker 18,1 av 120 mkr; 102 mkr saknas." in word
    assert "1. Minskad hyrbemanning" in word
    pictures = document.inline_shapes
    assert any("ackumulerade månad för månad" in p._inline.docPr.get("descr") for p in pictures)
