"""The auditor exports the history of a unit for a date range as a spreadsheet."""

from __future__ import annotations

import datetime
import io
import json

from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from organisation.services.tokens import create_api_token
from tests.conftest import World


def _rows(response) -> list[tuple]:  # type: ignore[no-untyped-def]
    workbook = load_workbook(io.BytesIO(response.content))
    return list(workbook.active.iter_rows(values_only=True))


def test_auditor_exports_unit_history(world: World, client, login) -> None:  # type: ignore[no-untyped-def]
    _t, raw = create_api_token(world.admin, "t")
    client.patch(
        f"/api/units/{world.area.pk}",
        data=json.dumps({"version": 1, "name": "Akuten"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    today = timezone.localdate()
    response = login(world.auditor).get(
        reverse("history:export"),
        {"unit": world.committee.pk, "date_from": today.isoformat(), "date_to": today.isoformat()},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = _rows(response)
    header = rows[1]
    assert header[:3] == ("Tidpunkt", "Person", "Typ av objekt")
    renames = [r for r in rows[2:] if r[5] == "Ändrad" and r[6] == "namn"]
    assert len(renames) == 1
    when, who, kind, _id, _label, _change, _field, before, after, _reason = renames[0]
    assert who.lower().startswith("admin")
    assert kind == "Enhet"
    assert (before, after) == ("Akutvård", "Akuten")
    assert isinstance(when, datetime.datetime)
    # Units outside the chosen subtree are not in the export.
    assert not any(r[4] == "Regionstyrelsen" for r in rows[2:])


def test_export_of_a_range_before_the_change_is_empty(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.auditor).get(
        reverse("history:export"),
        {"unit": world.committee.pk, "date_from": "2020-01-01", "date_to": "2020-12-31"},
    )
    assert len(_rows(response)) == 2


def test_export_refuses_units_outside_the_auditors_scope(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.controller).get(
        reverse("history:export"),
        {"unit": world.board.pk, "date_from": "2020-01-01", "date_to": "2030-12-31"},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Välj ett giltigt alternativ" in response.content.decode()


def test_end_before_start_is_refused(world: World, login) -> None:  # type: ignore[no-untyped-def]
    response = login(world.auditor).get(
        reverse("history:export"),
        {"unit": world.committee.pk, "date_from": "2026-02-01", "date_to": "2026-01-01"},
    )
    assert "Slutdatumet får inte vara före startdatumet." in response.content.decode()
