"""Figures for large spreadsheet imports, saved the way a worker saves them
(exchange.background.save_staged): an internal control plan of 5,000 risks, each with an
assessment and an action, and 20,000 outcomes (200 units × 100 measures) of one period."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from benchmarks import timed
from exchange import services
from exchange.background import queue_save
from exchange.imports.control_plan import control_plan_kind
from exchange.imports.kinds import ImportKind
from exchange.imports.outcomes import outcome_kind
from exchange.models import StagedStatus
from followup.models import Outcome, Period, PeriodKind, PeriodStatus
from internal_control.models import Risk
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import create_plan
from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.units import create_region
from planning.models import Indicator

RISKS = 5_000
UNITS = 200
MEASURES = 100
LEVELS = ["Mycket liten", "Liten", "Stor", "Mycket stor"]
MATRIX = {
    "name": "Riskmatris",
    "scoring": "product",
    "probability_name": "Sannolikhet",
    "severity_name": "Allvarlighetsgrad",
    "probability": [{"value": n + 1, "label": label} for n, label in enumerate(LEVELS)],
    "severity": [{"value": n + 1, "label": label} for n, label in enumerate(LEVELS)],
    "classes": [
        {"code": "Låg", "response": "Ingen åtgärd", "min_score": 1, "max_score": 4},
        {"code": "Hög", "response": "Åtgärdas", "min_score": 5, "max_score": 16},
    ],
}


def plan_file() -> bytes:
    lines = ["ID;Målområde;Risk;Sannolikhet;Allvarlighetsgrad;Åtgärd;Ansvarig"]
    for n in range(1, RISKS + 1):
        lines.append(
            f"{n};Målområde {n % 10 + 1};Risk {n} som kan inträffa;{LEVELS[n % 4]};"
            f"{LEVELS[(n // 4) % 4]};Åtgärd för risk {n};Enhetschef"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def outcome_file() -> bytes:
    lines = ["Enhet;Period;Mått;Totalt;Kvinnor;Män"]
    for unit in range(UNITS):
        for measure in range(MEASURES):
            women, men = unit + measure, measure + 1
            lines.append(f"Enhet {unit + 1};DÅ04 2025;M{measure + 1};{women + men};{women};{men}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _saved_by_worker(
    person: User,
    region: Unit,
    kind: ImportKind,
    name: str,
    content: bytes,
    target: int | None = None,
) -> None:
    """Staged, checked for its preview, then saved by the queue's task, as on the pages."""
    staged = services.stage(person, region, kind, name, content, target=target)
    check = services.check_file(person, region, kind, name, content, target=target)
    assert not check.checked.problems, check.checked.problems[:3]
    queue_save(staged, check.state)  # the immediate queue of the test settings runs it here
    staged.refresh_from_db()
    assert staged.status == StagedStatus.SAVED, (staged.message, staged.problems[:3])


def run(emit: Callable[..., None]) -> None:
    region = create_region("Inläsningsregionen", actor=SYSTEM)
    committee = Unit(parent=region, name="Nämnden", kind=UnitKind.COMMITTEE)
    committee.save()
    person = User.objects.create(username="inlasning", region=region)
    RoleAssignment.objects.create(user=person, unit=region, role=Role.ADMINISTRATOR)
    matrix = create_matrix(region, MATRIX, actor=SYSTEM)
    plan = create_plan(SYSTEM, committee, year=2026, title="Plan 2026", matrix=matrix)
    content = plan_file()
    seconds, _ = timed(
        lambda: _saved_by_worker(person, region, control_plan_kind, "plan.csv", content, plan.pk)
    )
    emit(
        "imports.control_plan_5000_risks",
        seconds,
        rows=RISKS,
        risks=Risk.objects.filter(plan=plan).count(),
        goal="background, all or nothing",
    )

    units = [
        Unit(parent=committee, name=f"Enhet {n + 1}", kind=UnitKind.UNIT) for n in range(UNITS)
    ]
    for unit in units:
        unit.save()
    Indicator.objects.bulk_create(
        Indicator(unit=committee, code=f"M{n + 1}", name=f"Mått {n + 1}", is_count=True, order=n)
        for n in range(MEASURES)
    )
    Period.objects.create(
        unit=region,
        year=2025,
        kind=PeriodKind.TERTIAL,
        number=1,
        name="DÅ04",
        starts_on=datetime.date(2025, 1, 1),
        ends_on=datetime.date(2025, 4, 30),
        status=PeriodStatus.OPEN,
    )
    content = outcome_file()
    seconds, _ = timed(
        lambda: _saved_by_worker(person, region, outcome_kind, "utfall.csv", content)
    )
    emit(
        "imports.outcomes_20000_rows",
        seconds,
        rows=UNITS * MEASURES,
        outcomes=Outcome.objects.count(),
        goal="background, all or nothing",
    )
