"""A service never skips its check for want of an actor; loaders act as the named system."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from followup.models import Period
from followup.services.periods import make_year
from internal_control.models import ControlPlan
from internal_control.services.matrices import create_matrix
from internal_control.services.plans import create_plan
from internal_control.services.risks import assess_risk
from organisation.access import SYSTEM
from organisation.models import Role, Unit, User
from organisation.services.people import assign_role, create_person_in_region
from organisation.services.tokens import create_api_token, revoke_api_token
from organisation.services.units import create_region
from tests.conftest import World
from tests.internal_control_views.conftest import HSN_MATRIX, ControlWorld


def test_no_actor_is_refused_everywhere(world: World, control_world: ControlWorld) -> None:
    risk = control_world.risks[0]
    refusals = [
        lambda: create_region("Region Utan Ägare", actor=None),
        lambda: create_person_in_region(None, world.region, username="ingen"),
        lambda: assign_role(None, world.reader, world.committee, Role.CONTROLLER),
        lambda: make_year(None, world.region, 2031),
        lambda: create_matrix(world.region, HSN_MATRIX, actor=None),
        lambda: create_plan(
            None, world.division, year=2031, title="Plan", matrix=control_world.matrix
        ),
        lambda: assess_risk(
            None, risk, probability=1, severity=1, assessed_on=datetime.date(2025, 3, 1)
        ),
    ]
    for refuse in refusals:
        with pytest.raises(PermissionDenied):
            refuse()
    assert not Unit.objects.filter(name="Region Utan Ägare").exists()
    assert not User.objects.filter(username="ingen").exists()
    assert not Period.objects.filter(year=2031).exists()
    assert not ControlPlan.objects.filter(year=2031).exists()


def test_the_system_actor_may_and_is_kept_in_history_as_no_person(world: World) -> None:
    region = create_region("Region Test", actor=SYSTEM)
    made = make_year(SYSTEM, region, 2031)
    assert made
    assert region.history.first().history_user is None  # type: ignore[attr-defined]
    assert made[0].history.first().history_user is None  # type: ignore[attr-defined]


def test_a_person_is_not_the_system(world: World) -> None:
    """An administrator of one region cannot add people to another through the loader path."""
    with pytest.raises(PermissionDenied):
        create_person_in_region(world.outsider, world.region, username="smuggel")
    person = create_person_in_region(world.admin, world.region, username="ny.person")
    assert person.region == world.region


def test_revoking_another_persons_token_is_a_refusal_not_a_crash(world: World) -> None:
    token, _raw = create_api_token(world.owner, "t")
    with pytest.raises(PermissionDenied):
        revoke_api_token(world.controller, token)
    token.refresh_from_db()
    assert token.revoked_at is None
