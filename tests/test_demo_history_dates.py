"""The demo's history is dated as its source documents are: an auditor's export of a
document's year holds what the document says, and no object changes before it is created."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from internal_control.models import ControlPlan, Risk
from organisation.models import Unit, User


@pytest.fixture
def demo(db: None) -> None:
    call_command("load_demo", quiet_logins=True, verbosity=0)


def _export(client: Client, unit: Unit, start: str, end: str) -> list[tuple]:
    response = client.get(
        reverse("history:export"), {"unit": unit.pk, "date_from": start, "date_to": end}
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    return list(sheet.iter_rows(values_only=True))


def test_the_plans_history_carries_the_dates_of_their_documents(demo: None) -> None:
    rs = ControlPlan.objects.get(title="Regionstyrelsens internkontrollplan 2022")
    hsn = ControlPlan.objects.get(title="Hälso- och sjukvårdsnämndens internkontrollplan 2025")
    assert {r.history_date.date() for r in rs.history.all()} == {datetime.date(2022, 5, 1)}
    risk_dates = {
        r.history_date.date() for r in Risk.history.filter(plan_id=hsn.pk, history_type="+")
    }
    assert risk_dates == {datetime.date(2025, 1, 1)}


def test_an_auditors_export_of_2025_holds_the_hsn_plan(demo: None) -> None:
    client = Client()
    client.force_login(User.objects.get(username="karin"))
    hsn = Unit.objects.get(short_name="HSN")
    rows = _export(client, hsn, "2025-01-01", "2025-12-31")
    text = "\n".join(" ".join(str(c) for c in row if c is not None) for row in rows)
    assert "Risk att vårdskador inte förebyggs" in text
    assert "Hälso- och sjukvårdsnämndens internkontrollplan 2025" in text
    # Nothing of the 2022 plan is dated 2025.
    assert "Regionstyrelsens internkontrollplan 2022" not in text


def test_no_object_is_changed_before_it_was_created(demo: None) -> None:
    checked = 0
    for model in (Risk, ControlPlan, Unit, User):
        created = dict(model.history.filter(history_type="+").values_list("id", "history_date"))
        for object_id, changed in model.history.filter(history_type="~").values_list(
            "id", "history_date"
        ):
            assert created[object_id] <= changed, (model, object_id)
            checked += 1
    assert checked > 0
