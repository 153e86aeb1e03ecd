"""A committee's plan with an open follow-up (due 31 August 2025) whose owner has an
action, a control activity and a risk to report, and e-mail addresses for everyone."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from internal_control.models import FollowUp
from organisation.models import User
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld, make_control_world

DUE = datetime.date(2025, 8, 31)


@dataclass
class DutyWorld:
    base: World
    control: ControlWorld
    followup: FollowUp


def make_duty_world(world: World) -> DutyWorld:
    for person in User.objects.all():
        person.email = f"{person.username}@rjh.example"
        person.save(update_fields=["email"])
    cw = make_control_world(world)
    followup = cw.plan.followups.get()
    assert followup.due_on == DUE
    for name in ("owner", "controller", "admin", "reader"):
        getattr(world, name).refresh_from_db()
    return DutyWorld(world, cw, followup)


@pytest.fixture
def duty_world(world: World) -> DutyWorld:
    return make_duty_world(world)
