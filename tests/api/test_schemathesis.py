"""schemathesis over the whole published OpenAPI: no server error, no undocumented answer.

Every operation is called in-process through the WSGI application with examples generated
from the schema, both fitting it and not, with the token of the region's administrator (who
may do everything, so that writes succeed) and, for writes, also with a committee reader's,
whose writes must be refused cleanly. Ids in paths, queries and bodies are mostly swapped for ids
of objects that exist, so that the operations get past "not found". Each call is rolled back,
so one example does not change what the next one finds.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from audit import registry
from economy.models import RealisedEffect
from economy.services.effects import report_effect
from followup.models import Outcome
from internal_control.models import ControlActivity
from organisation.models import RoleAssignment
from organisation.services.tokens import create_api_token
from tests.conftest import World, make_world
from tests.economy.conftest import make_economy_world
from tests.economy.measures_world import make_measures_world
from tests.followup_views.conftest import make_followup_world
from tests.internal_control_views.conftest import make_control_world
from tests.openapi_contract import published_spec

# Examples per operation: with some 75 operations this stays near a minute or two on two cores.
EXAMPLES = 10
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
WRITES = {"POST", "PUT", "PATCH", "DELETE"}

schema = schemathesis.openapi.from_dict(published_spec())


@dataclass
class Known:
    """Ids of objects that exist, by the name of the parameter that refers to them."""

    ids: dict[str, list[int]]
    years: list[int]
    keys: list[str]

    def swap(self, name: str, value: Any) -> Any:
        """Mostly an existing id for an id; now and then the generated one is kept."""
        if isinstance(value, bool) or not isinstance(value, int):
            return value
        if name == "year" and value % 4:
            return self.years[value % len(self.years)]
        known = self.ids.get(name) or self.ids.get(name.removesuffix("s"))
        if known and value % 4:
            return known[value % len(known)]
        return value

    def swap_body(self, body: Any) -> Any:
        if not isinstance(body, dict):
            return body
        swapped = {}
        for name, value in body.items():
            if isinstance(value, list):
                value = [
                    self.swap_body(v) if isinstance(v, dict) else self.swap(name, v) for v in value
                ]
            else:
                value = self.swap(name, value)
            swapped[name] = value
        return swapped


@dataclass
class Data:
    known: Known
    tokens: dict[str, str]


@pytest.fixture(scope="module")
def data(django_db_setup: None, django_db_blocker: Any) -> Iterator[Data]:
    """One world for every operation, made once and rolled back after the last one."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = make_world()
        yield Data(_known(world), _tokens(world))
        transaction.set_rollback(True)


def _known(world: World) -> Known:
    control_world = make_control_world(world)
    followup_world = make_followup_world(world)
    economy = _economy(world)  # the ledger's budget first; the measures use it
    measures_world = make_measures_world(world)
    report_effect(
        world.admin,
        measures_world.hired_staff,
        year=2025,
        month=1,
        amount=1_000_000,
        comment="Enligt huvudboken.",
    )
    plan = control_world.plan
    outcome = Outcome.objects.create(
        indicator=followup_world.indicators[0],
        period=followup_world.period,
        unit=world.committee,
        total=65,
        women=66,
        men=64,
    )
    # Never the administrator's own role: deleting it would leave nothing to test with.
    roles = RoleAssignment.objects.exclude(user=world.admin).values_list("pk", flat=True)
    units = [world.region, world.committee, world.division, world.area, world.board]
    return Known(
        ids={
            "unit_id": [u.pk for u in units],
            "region_id": [world.region.pk],
            "parent_id": [world.committee.pk, world.division.pk],
            "person_id": [world.reader.pk, world.owner.pk],
            "user_id": [world.reader.pk, world.nobody.pk],
            "owner_id": [world.owner.pk],
            "plan_id": [plan.pk],
            "matrix_id": [control_world.matrix.pk],
            "risk_id": [r.pk for r in control_world.risks],
            "action_id": list(plan.actions.values_list("pk", flat=True)),
            "control_id": list(ControlActivity.objects.values_list("pk", flat=True)),
            "goal_id": [control_world.goal.pk],
            "assignment_id": [a.pk for a in control_world.assignments] + list(roles),
            "indicator_id": [i.pk for i in followup_world.indicators],
            "period_id": [followup_world.period.pk, followup_world.last_year.pk],
            "outcome_id": [outcome.pk],
            "object_id": [world.area.pk, plan.pk, outcome.pk],
            "programme_id": [measures_world.programme.pk],
            "measure_id": [measures_world.hired_staff.pk, measures_world.drug_doses.pk],
            "calculation_id": [measures_world.staff_calculation.pk],
            "indicator_outcome_id": [measures_world.february_outcome.pk],
            "effect_id": list(
                RealisedEffect.objects.filter(measure=measures_world.hired_staff).values_list(
                    "pk", flat=True
                )
            ),
        }
        | economy
        | {
            "cost_type_id": economy["cost_type_id"]
            + [measures_world.staff.pk, measures_world.drugs.pk]
        },
        years=[2025, 2022, datetime.date.today().year],
        keys=["unit", "person", "plan", "risk", "outcome", "period", "goal"],
    )


def _economy(world: World) -> dict[str, list[int]]:
    """Ids of the economy: cost types, mappings, a frame with a change, a ledger import."""
    from decimal import Decimal

    from economy.models import AccountMapping, CostCentreMapping
    from economy.services.budget import create_frame_change
    from economy.services.ledger import record_ledger
    from organisation.access import SYSTEM

    economy = make_economy_world(world)
    change = create_frame_change(
        SYSTEM, economy.frame, reason="SMS-livräddare", amount=Decimal("1.5")
    )
    staff = economy.cost_types["personalkostnader"]
    ledger = record_ledger(
        SYSTEM,
        world.region,
        file_name="jan.csv",
        checksum="0" * 64,
        row_count=1,
        sums={(world.division.pk, staff.pk, 2025, 1): Decimal(-100)},
    )
    mappings = list(CostCentreMapping.objects.values_list("pk", flat=True))
    mappings += list(AccountMapping.objects.values_list("pk", flat=True))
    return {
        "cost_type_id": [c.pk for c in economy.cost_types.values()],
        "mapping_id": mappings,
        "frame_id": [economy.frame.pk],
        "change_id": [change.pk],
        "import_id": [ledger.pk],
    }


def _tokens(world: World) -> dict[str, str]:
    return {
        name: f"Bearer {create_api_token(world.persona(name), 'schemathesis')[1]}"
        for name in ("admin", "reader")
    }


@pytest.fixture(autouse=True)
def served_in_process(settings: Any) -> Iterator[None]:
    """The WSGI application in this test's transaction, as Django's test client serves it."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _prepare(case: Any, known: Known) -> None:
    for where in ("path_parameters", "query"):
        values = getattr(case, where)
        if values:
            for name, value in list(values.items()):
                if name == "key" and isinstance(value, str) and len(value) % 2:
                    values[name] = known.keys[len(value) % len(known.keys)]
                else:
                    values[name] = known.swap(name, value)
    if isinstance(case.body, dict):
        case.body = known.swap_body(case.body)


@schema.parametrize()
@hypothesis_settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_and_no_undocumented_answer(case: Any, data: Data, db: None) -> None:
    from config.wsgi import application

    _prepare(case, data.known)
    tokens = data.tokens
    personas = ["admin", "reader"] if case.method.upper() in WRITES else ["admin"]
    for persona in personas:
        with transaction.atomic():
            response = case.call_and_validate(
                headers={"Authorization": tokens[persona]}, checks=CHECKS, app=application
            )
            transaction.set_rollback(True)
        if persona == "reader":
            # A reader's write is refused.
            assert response.status_code >= 400, (
                f"the reader's {case.method} {case.formatted_path} was not refused"
            )


def test_the_history_keys_exist() -> None:
    """The keys the history operation is called with are registered ones."""
    for key in ["unit", "person", "plan", "risk", "outcome", "period", "goal"]:
        assert registry.tracked_type(key) is not None, key
