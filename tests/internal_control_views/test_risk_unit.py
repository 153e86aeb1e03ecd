"""A risk's own unit: the plan's unit or one under it, set on the form, refused elsewhere by
the same rule, shown on the risk's page and the plan's, and printed in the plan's PDF,
Word and Excel."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from internal_control.services.risks import create_risk, update_risk
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

pytestmark = pytest.mark.django_db


def _pdf_text(content: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.pdf"
        path.write_bytes(content)
        done = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
    return done.stdout.decode()


def test_a_risk_lies_in_the_plans_unit_or_under_it(
    world: World, control_world: ControlWorld
) -> None:
    plan = control_world.plan
    assert world.division.is_within(plan.unit)
    risk = create_risk(
        world.controller,
        plan,
        title="Brist på sjuksköterskor",
        treatment="reduce",
        owner=world.owner,
        unit=world.division,
    )
    assert risk.unit == world.division
    for elsewhere in (world.board, world.other_division):
        with pytest.raises(ValidationError) as refused:
            update_risk(world.controller, risk, risk.version, unit=elsewhere)
        assert refused.value.message_dict["unit"] == [
            f"Välj {plan.unit.name} eller en enhet under den som inte är avslutad."
        ]
    risk.refresh_from_db()
    assert risk.unit == world.division
    record = risk.history.first()
    assert record is not None and record.unit_id == world.division.pk


def test_the_unit_is_set_on_the_form_and_printed_everywhere(
    world: World, control_world: ControlWorld, client: Client
) -> None:
    plan = control_world.plan
    risk = control_world.risks[0]
    client.force_login(world.controller)
    form = client.get(reverse("internal_control:risk_edit", args=[risk.pk]))
    options = form.context["form"].fields["unit"].queryset
    assert world.division in options and world.board not in options
    data = {
        "version": risk.version,
        "title": risk.title,
        "consequence": risk.consequence,
        "cause": risk.cause,
        "treatment": risk.treatment or "reduce",
        "owner": risk.owner_id or "",
        "owner_title": risk.owner_title or "Verksamhetschef",
        "unit": world.division.pk,
    }
    assert (
        client.post(reverse("internal_control:risk_edit", args=[risk.pk]), data).status_code == 302
    )
    risk.refresh_from_db()
    assert risk.unit == world.division
    name = world.division.name
    detail = client.get(reverse("internal_control:risk", args=[risk.pk])).content.decode()
    assert f"<dt>Riskens enhet</dt><dd>{name}</dd>" in detail
    page = client.get(reverse("internal_control:plan", args=[plan.pk])).content.decode()
    assert f"<dt>Riskens enhet</dt><dd>{name}</dd>" in page
    word = client.get(reverse("reports:control_plan_docx", args=[plan.pk]))
    text = "\n".join(p.text for p in Document(io.BytesIO(word.content)).paragraphs)
    assert f"Riskens enhet: {name}" in text
    excel = client.get(reverse("reports:control_plan_xlsx", args=[plan.pk]))
    sheet = load_workbook(io.BytesIO(excel.content)).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    column = rows[0].index("Riskens enhet")
    assert [r[column] for r in rows[1:] if r[0] == risk.number] == [name]
    printed = client.get(reverse("reports:control_plan_pdf", args=[plan.pk]))
    assert printed.status_code == 200 and printed.content.startswith(b"%PDF")
    assert f"Riskens enhet {name}" in " ".join(_pdf_text(printed.content).split())
