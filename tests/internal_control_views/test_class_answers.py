"""What answers a class that requires a response is the organisation's rule, set per class:
an action only (the presets), an action or a control activity, and whether an unanswered
risk is refused or saved with the plan's warning. The refusal and the warning agree."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from internal_control.models import Risk, RiskClass
from internal_control.plan_document import plan_risks
from internal_control.services.controls import create_control
from internal_control.services.risks import assess_risk
from internal_control.warnings import plan_warnings
from organisation.access import SYSTEM
from tests.conftest import World
from tests.internal_control_views.conftest import ControlWorld

DAY = datetime.date(2025, 8, 31)


@pytest.fixture(autouse=True)
def swedish():  # type: ignore[no-untyped-def]
    with translation.override("sv"):
        yield


def _highest(world: ControlWorld) -> RiskClass:
    cls = world.plan.matrix.classes.order_by("rank").last()
    assert cls is not None and cls.requires_action
    return cls


def _warnings(world: ControlWorld) -> list[str]:
    return [w.message for w in plan_warnings(world.plan, plan_risks(world.plan), [])]


def _assess(world: World, risk: Risk) -> None:
    assess_risk(
        world.controller, risk, probability=4, severity=4, assessed_on=DAY, reason="Förvärrat."
    )


def test_by_default_only_an_action_answers_and_the_assessment_is_refused(
    world: World, control_world: ControlWorld
) -> None:
    risk = control_world.risks[2]
    create_control(SYSTEM, control_world.plan, what="Uppföljning av PKS", risk=risk)
    with pytest.raises(ValidationError) as refused:
        _assess(world, risk)
    assert "kräver en åtgärd. Lägg först till en åtgärd" in str(refused.value)


def test_a_class_that_counts_controls_is_answered_by_the_risks_control(
    world: World, control_world: ControlWorld
) -> None:
    cls = _highest(control_world)
    cls.control_answers = True
    cls.save()
    risk = control_world.risks[2]
    with pytest.raises(ValidationError) as refused:
        _assess(world, risk)
    assert "kräver en åtgärd eller en kontroll" in str(refused.value)
    # Where it only warns, the warning names what would answer it: an action or a control.
    cls.refuses_unanswered = False
    cls.save()
    _assess(world, risk)
    assert f"Risk 3 är {cls.code} men saknar åtgärd eller kontroll." in _warnings(control_world)
    cls.refuses_unanswered = True
    cls.save()
    create_control(SYSTEM, control_world.plan, what="Uppföljning av PKS", risk=risk)
    _assess(world, risk)
    assert risk.assessments.order_by("-pk").first().risk_class == cls  # type: ignore[union-attr]
    assert not [m for m in _warnings(control_world) if m.startswith("Risk 3 är")]


def test_a_class_that_only_warns_saves_the_assessment_and_the_plan_warns(
    world: World, control_world: ControlWorld
) -> None:
    cls = _highest(control_world)
    cls.refuses_unanswered = False
    cls.save()
    risk = control_world.risks[2]
    _assess(world, risk)
    assert f"Risk 3 är {cls.code} men saknar åtgärd." in _warnings(control_world)
