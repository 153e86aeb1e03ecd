"""The HSN plan 2025 (seed 000) is in styr, complete, each shared risk stored once."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from django.conf import settings

from exchange.demo.control_plans import load_control_plan
from exchange.demo.organisation import LoadReport, load_organisation
from internal_control.models import Action, ControlPlan
from internal_control.plan_document import plan_risks

DEMO = Path(settings.BASE_DIR) / "demo_data"
FILES = {"hsn": "hsn-2025.yaml", "rs": "rs-2022.yaml"}


class Plans(dict[str, ControlPlan]):
    """Loads a seed plan the first time a test asks for it, on top of the demo organisation."""

    def __missing__(self, key: str) -> ControlPlan:
        report = LoadReport()
        with (DEMO / "control_plans" / FILES[key]).open(encoding="utf-8") as handle:
            plan = load_control_plan(yaml.safe_load(handle), report)
        assert plan is not None
        self[key] = plan
        return plan


@pytest.fixture
def plans(db: None) -> Plans:
    with (DEMO / "organisation.yaml").open(encoding="utf-8") as handle:
        load_organisation(yaml.safe_load(handle), LoadReport())
    return Plans()


def test_hsn_plan_has_all_26_risks_with_the_seeds_class(plans: Plans) -> None:
    risks = plan_risks(plans["hsn"])
    assert [r.number for r in risks] == list(range(1, 27))
    for risk in risks:
        assessments = list(risk.assessments.all())
        if assessments:
            assert assessments[-1].risk_class.code == risk.stated_class, f"risk {risk.number}"
        else:
            assert risk.stated_class, f"risk {risk.number} has neither assessment nor class"


@pytest.mark.parametrize("number", [1, 9, 16, 22, 25])
def test_hsn_shared_risks_are_stored_once_under_several_assignments(
    plans: Plans, number: int
) -> None:
    risk = plans["hsn"].risks.get(number=number)
    assert risk.assignment_links.count() > 1


def test_hsn_actions_are_stored_once_with_their_comments(plans: Plans) -> None:
    plan = plans["hsn"]
    actions = Action.objects.filter(plan=plan)
    assert actions.count() == 14
    assert all(action.updates.count() == 1 for action in actions)
    # Every risk in a class that requires action has one; R1 and R2 risks may have none.
    for risk in plan_risks(plan):
        if risk.stated_class in ("R3", "R4"):
            assert risk.action_links.exists(), risk.number
    # The same action serves several risks (the PDF repeats it under each).
    assert any(action.risk_links.count() > 1 for action in actions)
