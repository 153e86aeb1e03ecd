"""Figures for the organisation pages and the history export on a large region."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import partial

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from benchmarks import timed
from history.export import history_workbook, unit_history
from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.units import create_region

DIVISIONS = 20
UNITS_PER_DIVISION = 100


def _region() -> tuple[Unit, User]:
    region = create_region("Benchmarkregionen", actor=SYSTEM)
    for d in range(DIVISIONS):
        division = Unit(parent=region, name=f"Division {d}", kind=UnitKind.DIVISION)
        division.save()
        for u in range(UNITS_PER_DIVISION):
            Unit(parent=division, name=f"Enhet {d}.{u}", kind=UnitKind.UNIT).save()
    admin = User.objects.create(username="bench.admin", region=region)
    RoleAssignment.objects.create(user=admin, unit=region, role=Role.ADMINISTRATOR)
    return region, admin


def run(emit: Callable[..., None]) -> None:
    seconds, (region, admin) = timed(_region)
    units = Unit.objects.count()
    emit("organisation.build_region", seconds, units=units)

    client = Client()
    client.force_login(admin)
    for name, url in [("tree_page", "/organisation/"), ("api_units", "/api/units")]:
        client.get(url)  # warm up
        with CaptureQueriesContext(connection) as queries:
            seconds, response = timed(partial(client.get, url))
        assert response.status_code == 200
        emit(f"organisation.{name}", seconds, units=units, queries=len(queries))

    today = timezone.localdate()
    seconds, rows = timed(lambda: unit_history(region, today - datetime.timedelta(days=1), today))
    emit("audit.history_rows", seconds, rows=len(rows))
    seconds, data = timed(lambda: history_workbook(region, rows, "Benchmark"))
    emit("audit.history_workbook", seconds, rows=len(rows), bytes=len(data))
