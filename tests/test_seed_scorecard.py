"""Seed 004's scorecard (Division Länssjukvård 1, April 2022) judged as a reader of the report.

The report's fulfilment symbols are images that did not survive into the text; each case
below says what a reader concludes from the target, the outcome and the report's analysis.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from exchange.demo.files import read_yaml
from exchange.demo.organisation import LoadReport, load_organisation
from exchange.demo.scorecards import load_scorecard
from followup.models import Outcome, Period
from followup.scorecard import build_scorecard, fulfilment_counts
from internal_control.models import Action, ActionUpdate
from organisation.models import Unit
from planning.models import Goal, GoalLevel, Indicator
from planning.target_words import explain

DEMO = Path(settings.BASE_DIR) / "demo_data"


@pytest.fixture
def card(db: None) -> dict[str, object]:
    load_organisation(read_yaml(DEMO / "organisation.yaml"), LoadReport())
    load_scorecard(read_yaml(DEMO / "followup" / "ll1-2022.yaml"), LoadReport())
    unit = Unit.objects.get(name="Division Länssjukvård 1")
    period = Period.objects.get(unit=unit.parent.parent, year=2022, name="DÅ04")
    rows = {
        row.indicator.name: row
        for p in build_scorecard(unit, period)
        for g in p["goals"]
        for row in g["rows"]
    }
    return {"unit": unit, "period": period, "rows": rows, "card": build_scorecard(unit, period)}


def status(card: dict[str, object], start: str) -> str:
    rows = card["rows"]
    assert isinstance(rows, dict)
    (row,) = [r for name, r in rows.items() if name.startswith(start)]
    return str(row.judgement.status)


CASES = [
    # (measure, expected, why a reader concludes so)
    (
        "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första",
        "not_met",
        "51 % against the target 100 %",
    ),
    (
        "Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare på operation",
        "not_met",
        "62 % against 100 %",
    ),
    (
        "Andel av patienter som står på väntelista, som väntat 30 dagar eller kortare på en första",
        "not_met",
        "39 % against 100 %",
    ),
    (
        "Andel av patienter som står på väntelista, som väntat 30 dagar eller kortare på fördjupad",
        "not_met",
        "28 % against 100 %",
    ),
    ("Antal patienter som fått fråga om våld", "met", "339 asked, up from 315 in T1 2021"),
    ("Andel patienter med misstänkt depression", "not_met", "15 %, down from 25 % in 2021"),
    ("Andel digitala vårdbesök", "not_met", "23 % against 40 %; the analysis says not reached"),
    ("Påverkbar slutenvård", "not_assessable", "follow-up 'Under utredning', no outcome"),
    ("Besök 80 år och äldre", "met", "the analysis: the number decreases somewhat (judged)"),
    ("Andel patienter med palliativ diagnos", "not_met", "53 % against 70 %"),
    (
        "Andel av vårdtillfällen där patienter varit utskrivningsklara",
        "not_met",
        "19,3 % against a ceiling of 7 %",
    ),
    (
        "Oplanerade återinskrivningar",
        "not_met",
        "men 17,3 % against 17,2 % (just above), women 18,8 % against 16 %",
    ),
    ("Vårdrelaterade fallskador", "not_met", "90 falls, up from 68; halving not reached (judged)"),
    ("Andel utskrivna patienter i målgruppen 75 år", "met", "78,5 % against 70 %"),
    ("Andel kostnad inhyrda", "not_met", "6,9 %, above the starting value (judged)"),
    ("Sjukfrånvaro", "not_met", "8,17 %, rising against last year (judged)"),
    ("Alla divisioner och regiongemensamt", "met", "+19 mnkr, better than last year (judged)"),
]


@pytest.mark.parametrize(("measure", "expected", "why"), CASES, ids=[c[0][:40] for c in CASES])
def test_april_2022_fulfilment_per_measure(
    card: dict[str, object], measure: str, expected: str, why: str
) -> None:
    assert status(card, measure) == expected, why


def test_every_measure_of_the_report_is_judged_and_counted(card: dict[str, object]) -> None:
    assert Indicator.objects.filter(unit=card["unit"]).count() == len(CASES) == 17
    counts = fulfilment_counts(card["card"])  # type: ignore[arg-type]
    assert counts == {"met": 4, "partly_met": 0, "not_met": 12, "not_assessable": 1}


def test_every_target_is_a_rule(card: dict[str, object]) -> None:
    for indicator in Indicator.objects.filter(unit=card["unit"]):
        assert indicator.target_rule["kind"] != "", indicator.name
    per_sex = Indicator.objects.get(name__startswith="Oplanerade återinskrivningar")
    assert per_sex.target_rule["kind"] == "per_sex"
    assert (per_sex.target_rule["men"], per_sex.target_rule["women"]) == (17.2, 16.0)


def test_reasons_are_written_out(card: dict[str, object]) -> None:
    rows = card["rows"]
    assert isinstance(rows, dict)
    first = next(r for n, r in rows.items() if n.startswith("Andel av patienter som står"))
    with translation.override("sv"):
        assert (
            explain(first.judgement, "%") == "Utfallet 51\u00a0% når inte målet minst 100\u00a0%."
        )
    with translation.override("en"):
        assert explain(first.judgement, "%") == (
            "The outcome 51\u00a0% does not reach the target of at least 100\u00a0%."
        )
    violence = next(r for n, r in rows.items() if n.startswith("Antal patienter som fått"))
    assert "315" in explain(violence.judgement) and "339" in explain(violence.judgement)
    falls = next(r for n, r in rows.items() if n.startswith("Vårdrelaterade"))
    assert falls.manual and "68" in explain(falls.judgement)


def test_goal_hierarchy_from_region_to_division(card: dict[str, object]) -> None:
    factor = Goal.objects.get(title="Förflyttning mot öppna vårdformer")
    assert factor.level == GoalLevel.SUCCESS_FACTOR
    assert factor.unit.name == "Regionstyrelsen"
    assert factor.parent is not None and factor.parent.title == "God nära och samordnad vård"
    assert factor.parent.unit.name == "Region Norrbotten"
    assert factor.perspective is not None and factor.perspective.name == "Verksamhet"
    assert (
        Goal.objects.filter(level=GoalLevel.STRATEGIC, unit__name="Region Norrbotten").count() == 4
    )


def test_time_series_and_unit_breakdown(card: dict[str, object]) -> None:
    violence = Indicator.objects.get(name__startswith="Antal patienter som fått fråga")
    series = {
        o.period.year: (o.women, o.men, o.total)
        for o in Outcome.objects.filter(indicator=violence, unit=card["unit"])
    }
    assert series[2021] == (176, 139, 315)
    assert series[2020][:2] == (270, 200)
    falls = Indicator.objects.get(name__startswith="Vårdrelaterade fallskador")
    by_area = {
        (o.unit.name, o.period.year): o.total
        for o in Outcome.objects.filter(indicator=falls).exclude(unit=card["unit"])
    }
    assert by_area[("VO Internmedicin", 2022)] == 85
    assert sum(v for (_u, y), v in by_area.items() if y == 2021) == 68


def test_the_31_strategic_actions_serve_success_factors(card: dict[str, object]) -> None:
    actions = Action.objects.filter(unit=card["unit"])
    assert actions.count() == 31
    assert all(a.goals.count() == 1 for a in actions)
    assert ActionUpdate.objects.filter(action__unit=card["unit"]).count() == 8
    action_30 = actions.get(number=30)
    assert action_30.goals.get().title == "Kostnadseffektiv verksamhet"
    assert "Stratsys/Power BI" in action_30.updates.get().comment


def test_only_the_actions_the_report_gives_a_status_have_one(card: dict[str, object]) -> None:
    actions = Action.objects.filter(unit=card["unit"]).order_by("number")
    # The report's status column is filled for the eight actions it comments on.
    assert {a.number: a.status for a in actions if a.status} == dict.fromkeys(
        (17, 25, 26, 27, 28, 29, 30, 31), "in_progress"
    )
    with translation.override("sv"):
        assert [a.get_status_display() for a in actions].count("Ej rapporterad") == 23
