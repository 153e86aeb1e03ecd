"""The demo operational plan as adopted and as of today, in PDF and Word: each says which it is."""

from __future__ import annotations

import datetime
import io

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document

from organisation.models import Unit, User
from planning.models import Indicator
from planning.services.adoption import adopt_operational_plan
from tests.reports.test_pdf_documents import _assert_accessible_pdf, _flat, _get, _text
from tests.reports.test_word_and_excel_documents import DOCX, _all_text


def test_the_adopted_plan_prints_as_adopted_after_the_targets_change(
    demo: None, client: Client
) -> None:
    hsn = Unit.objects.get(name="Hälso- och sjukvårdsnämnden")
    karin = User.objects.get(username="karin")
    adopt_operational_plan(
        karin,
        hsn,
        year=2023,
        adopted_on=datetime.date(2022, 12, 14),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 187",
    )
    changed = Indicator.objects.filter(unit=hsn).exclude(target_text="").order_by("pk").first()
    assert changed is not None
    adopted_target = changed.target_text
    changed.target_text = "Minst 99 % under hela året"
    changed.save()

    pdf_url = reverse("reports:operational_plan_pdf", args=[hsn.pk, 2023])
    adopted = _get(client, "per", f"{pdf_url}?version=antagen")
    _assert_accessible_pdf(adopted, "Verksamhetsplan 2023: Hälso- och sjukvårdsnämnden")
    text = _text(adopted)
    assert "Dokumentet visar planen antagen 2022-12-14, § 187." in text
    assert "Antagen av Hälso- och sjukvårdsnämnden 2022-12-14, § 187" in text
    assert _flat(adopted_target) in text
    assert "Minst 99 % under hela året" not in text
    # The adopted plan keeps the budget, investments and calendar it was adopted with.
    assert "Total nettobudgetram enligt Regionplan och budget" in text

    today = _text(_get(client, "per", pdf_url))
    assert f"Dokumentet visar planen per {timezone.localdate().isoformat()}." in today
    assert "Antagen av Hälso- och sjukvårdsnämnden 2022-12-14, § 187" in today
    assert "Minst 99 % under hela året" in today

    word_url = reverse("reports:operational_plan_docx", args=[hsn.pk, 2023])
    client.force_login(User.objects.get(username="per"))
    response = client.get(f"{word_url}?version=antagen")
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    word = _all_text(Document(io.BytesIO(response.content)))
    assert "Dokumentet visar planen antagen 2022-12-14, § 187." in word
    assert adopted_target in word and "Minst 99 % under hela året" not in word
