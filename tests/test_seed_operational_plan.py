"""Seed 002, the committee's operational plan 2023: every goal, assignment and target, judged."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from exchange.demo.control_plans import load_control_plan
from exchange.demo.files import read_yaml
from exchange.demo.operational_plans import load_operational_plan
from exchange.demo.organisation import LoadReport, load_organisation
from followup.scorecard import judge_row
from organisation.models import Unit, User
from planning.models import Assignment, Goal, GoalLevel, Indicator, Perspective
from planning.targets import TargetRule, judge

DEMO = Path(settings.BASE_DIR) / "demo_data"


@pytest.fixture
def hsn(db: None) -> Unit:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_operational_plan(read_yaml(DEMO / "planning" / "hsn-2023.yaml"), LoadReport())
    return Unit.objects.get(name="Hälso- och sjukvårdsnämnden")


def test_the_council_sets_four_strategies_and_thirteen_goals(hsn: Unit) -> None:
    assert list(Perspective.objects.filter(kind="strategy").values_list("name", flat=True)) == [
        "Länets utveckling",
        "Vård",
        "Medarbetare",
        "Ekonomi",
    ]
    overarching = Goal.objects.filter(level=GoalLevel.OVERARCHING)
    assert overarching.count() == 13
    assert {g.unit.name for g in overarching} == {"Regionfullmäktige"}
    assert all((g.first_year, g.last_year) == (2023, 2025) for g in overarching)


def test_assignments_and_committee_goals_are_all_there(hsn: Unit) -> None:
    assert Assignment.objects.filter(unit=hsn, year=2023).count() == 12
    committee_goals = Goal.objects.filter(unit=hsn, level=GoalLevel.COMMITTEE)
    assert committee_goals.count() == 35
    assert all(g.assignment is not None and g.parent is not None for g in committee_goals)
    vard = Goal.objects.get(title="God och nära vård i hela Jämtland Härjedalen")
    assert vard.assignments.count() == 4


def test_every_target_of_the_plan_is_a_rule(hsn: Unit) -> None:
    kinds = {}
    for indicator in Indicator.objects.filter(unit=hsn):
        rule = TargetRule.from_dict(indicator.target_rule)
        assert rule.text == indicator.target_text
        kinds[indicator.target_text] = rule.kind
    assert kinds["Minst 20 %"] == "at_least"
    assert kinds["Maximalt 15%"] == "at_most"
    assert kinds["Mindre än 220 recept per 1000 inv"] == "less_than"
    assert kinds["Högst -2,2 %"] == "at_most"
    assert kinds["I nivå med genomsnittet i riket"] == "benchmark"
    assert kinds["Genomförd aktivitet"] == "activity"
    assert kinds["Kompletteras efter 2022"] == "pending"
    assert kinds["Lägre än ackumulerat värde 2022 beräknat på helår."] == "below_reference"
    assert kinds["2 parametrar"] == "k_of_n"


def test_targets_are_judged_the_way_the_plan_means_them(hsn: Unit) -> None:
    def status(target_text: str, value: str, **context: object) -> str:
        indicator = Indicator.objects.filter(unit=hsn, target_text=target_text).first()
        assert indicator is not None
        rule = TargetRule.from_dict(indicator.target_rule)
        from planning.targets import Context

        ctx = Context(direction=indicator.direction, **context)  # type: ignore[arg-type]
        return judge(rule, Decimal(value), ctx).status

    assert status("Maximalt 15%", "14") == "met"
    assert status("Maximalt 15%", "19") == "not_met"
    # Within 10 % of the threshold is partly met; the national level of 250 is not met.
    assert status("Mindre än 220 recept per 1000 inv", "231") == "partly_met"
    assert status("Mindre än 220 recept per 1000 inv", "250") == "not_met"
    assert status("Minst 4", "4.1") == "met"
    # "95 %" of supplier loyalty is a floor: the measure's direction says higher is better.
    assert status("95 %", "97") == "met"
    assert status("Högst -2,2 %", "-1.0") == "not_met"
    assert status("I nivå med genomsnittet i riket", "5.1") == "not_assessable"
    assert status("I nivå med genomsnittet i riket", "5.1", benchmark=Decimal("5.0")) == "met"
    assert status("Kompletteras efter 2022", "10") == "not_assessable"


def test_two_of_three_parameters_are_judged_from_the_sub_measures(hsn: Unit) -> None:
    bup = Indicator.objects.get(unit=hsn, target_text="2 parametrar")
    parts = list(bup.parts.order_by("order"))
    assert [p.target_text for p in parts] == ["Maximalt 30 dagar"] * 3
    assert bup.target_rule["k"] == 2 and bup.target_rule["n"] == 3
    judgement, _manual = judge_row(bup, None, None, parts_met=2)
    assert judgement.status == "met"
    assert judge_row(bup, None, None, parts_met=1)[0].status == "partly_met"
    assert judge_row(bup, None, None, parts_met=None)[0].status == "not_assessable"


def test_the_plan_page_reads_like_the_committees_plan(hsn: Unit, client: Client) -> None:
    load_control_plan(read_yaml(DEMO / "control_plans" / "hsn-2025.yaml"), LoadReport())
    reader = User.objects.get(username="per")
    client.force_login(reader)
    url = reverse("planning:plan", args=[hsn.pk])
    html = client.get(url, {"ar": 2023}).content.decode()
    for text in (
        "Strategi: Vård",
        "Hög tillgänglighet och kontinuitet i vården",
        "Hälso- och sjukvårdsnämnden ska verka för en stärkt patientsäkerhetskultur",
        "Antal förskrivna antibiotikarecept per tusen invånare",
        "Mindre än 220 recept per 1000 inv",
        "Väntetid till utredning, BUP",
    ):
        assert text in html, text
    # The internal control plan's goal areas of 2025 are not part of the 2023 plan.
    goal_area = Goal.objects.filter(unit=hsn, level=GoalLevel.GOAL_AREA).first()
    assert goal_area is not None and goal_area.title not in html
    later = client.get(url, {"ar": 2025}).content.decode()
    assert goal_area.title in later
    assert "Antal förskrivna antibiotikarecept" not in later


def test_the_plan_year_has_its_calendar_and_a_scorecard(hsn: Unit, client: Client) -> None:
    from followup.models import Period

    region = Unit.objects.get(pk=hsn.region_id)
    dao4 = Period.objects.get(unit=region, year=2023, name="DÅ04")
    client.force_login(User.objects.get(username="per"))
    html = client.get(
        reverse("followup:scorecard"), {"period": dao4.pk, "enhet": hsn.pk}
    ).content.decode()
    assert "Antal förskrivna antibiotikarecept per tusen invånare" in html
    assert "Mindre än 220 recept per 1000 inv" in html
    # No outcome is reported yet: nothing can be judged.
    measures = Indicator.objects.filter(unit=hsn).count()
    assert "Ej uppfyllt: 0" in html and f"Kan inte bedömas: {measures}" in html


def test_before_anything_is_reported_the_scorecard_opens_on_the_first_tertial(
    hsn: Unit, client: Client
) -> None:
    client.force_login(User.objects.get(username="per"))
    html = client.get(reverse("followup:scorecard")).content.decode()
    assert "Styrkort: Hälso- och sjukvårdsnämnden, DÅ04 2023" in html
    assert "Antal förskrivna antibiotikarecept per tusen invånare" in html
