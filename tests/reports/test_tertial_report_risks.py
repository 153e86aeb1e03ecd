"""The tertial report carries the unit's risks in the most serious class, in PDF and Word."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse
from django.utils import translation
from docx import Document

from followup.models import Period
from followup.services.periods import make_year
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld
from tests.reports.test_pdf_documents import _get, _text
from tests.reports.test_word_and_excel_documents import DOCX, _all_text


def test_the_report_lists_the_top_class_risks_with_their_actions(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    translation.activate("sv")
    make_year(SYSTEM, world.region, 2025)
    period = Period.objects.get(unit=world.region, year=2025, kind="tertial", number=2)
    args = [world.committee.pk, period.pk]
    text = _text(_get(client, "per", reverse("reports:tertial_report_pdf", args=args)))
    assert "Risker i den allvarligaste klassen" in text
    assert "2. Följsamhet till basala hygienregler ökar inte R4" in text
    assert "Å1 Förbättra förutsättningar för utbildningsinsatser – Pågår" in text
    assert "Risk att vårdskador inte förebyggs" not in text

    client.force_login(world.reader)
    response = client.get(reverse("reports:tertial_report_docx", args=args))
    assert response["Content-Type"] == DOCX
    word = _all_text(Document(io.BytesIO(response.content)))
    assert "Risker i den allvarligaste klassen och åtgärderna mot dem" in word
    assert "2. Följsamhet till basala hygienregler ökar inte" in word
    assert "Å1 Förbättra förutsättningar för utbildningsinsatser – Pågår" in word
