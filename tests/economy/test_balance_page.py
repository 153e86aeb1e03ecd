"""The consolidated page, Ekonomi i balans: the gap against the planned and realised
effects, the shortfall in words, a chart with its figures as a table, and the checks."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from economy.balance import balance_report
from economy.balance_words import coverage_statement
from economy.gap import gap_of
from economy.models import BudgetAmount, RealisedEffect
from economy.services.effects import report_effect
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.measures_world import MeasuresWorld
from tests.page_text import without_cell_labels

D = Decimal


def _text(html: str) -> str:
    inline = re.sub(r"</?(a|span|strong|code)\b[^>]*>", "", without_cell_labels(html))
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inline)).replace("\u00a0", " ")


@pytest.fixture(autouse=True)
def swedish():  # type: ignore[no-untyped-def]
    with translation.override("sv"):
        yield


def test_the_shortfall_in_words() -> None:
    from economy.gap import BudgetCell

    gap = gap_of(
        [
            BudgetCell(1, 1, "frame", D(-900_000_000)),
            BudgetCell(1, 1, "detailed", D(-1_020_000_000)),
        ]
    )
    short = coverage_statement(2025, gap, D(41_000_000))
    assert short.plain() == "Åtgärderna täcker 41 av 120 mkr; 79 mkr saknas."
    assert '<a href="#measures">41</a>' in short.html()
    assert coverage_statement(2025, gap, D(130_000_000)).plain() == (
        "Planerade effekter täcker gapet: 130 av 120 mkr."
    )
    none = coverage_statement(2025, gap_of([]), D(0)).plain()
    assert none.startswith("Ingen detaljbudget är registrerad för 2025")


def test_the_page_states_the_gap_the_cover_and_what_is_realised(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    report_effect(
        SYSTEM,
        measures_world.hired_staff,
        year=2025,
        month=1,
        amount=D(1_000_000),
        comment="Enligt huvudboken.",
    )
    url = reverse("economy:balance", args=[world.committee.pk]) + "?ar=2025"
    html = login(world.reader).get(url).content.decode()
    text = _text(html)
    # 17,4 mkr of hired staff and 0,65 mkr of drug doses against a gap of 120 mkr.
    assert "Åtgärderna täcker 18,1 av 120 mkr; 102 mkr saknas." in text
    assert "Realiserat hittills, till och med december 2025: 1 mkr av de 18,1 mkr" in text
    assert "Detaljbudget −1 120 mkr minus budgetram −1 000 mkr: budgetgap −120 mkr." in text
    assert "De planerade effekterna 2025 täcker inte budgetgapet" in text
    # The chart has a text alternative and its figures are a table.
    assert 'role="img"' in html and "Planerade och realiserade effekter 2025" in text
    assert "Diagrammets siffror finns i tabellen nedan." in text
    assert "Januari 1,5 mkr 1 mkr 1,5 mkr 1 mkr" in text
    # Each figure leads to its measure and calculation.
    calculation = measures_world.staff_calculation
    assert f"{measures_world.hired_staff.get_absolute_url()}#calculation-{calculation.pk}" in html
    assert "12 årsarbeten × 1 450 tkr = 17 400 tkr" in text
    # The gap as seed 002's table: a row per unit, a column per cost type, the totals.
    assert (
        "Budgetgap per enhet och kostnadsslag Enhet Personalkostnader Läkemedel Totalt "
        "Division Medicin −80 mkr −40 mkr −120 mkr Totalt −80 mkr −40 mkr −120 mkr"
    ) in text
    assert "Exempelvärden" not in text


def test_one_programme_against_the_gap(world: World, measures_world: MeasuresWorld, login) -> None:  # type: ignore[no-untyped-def]
    programme = measures_world.programme
    url = reverse("economy:balance", args=[world.committee.pk])
    text = _text(
        login(world.controller).get(f"{url}?ar=2025&program={programme.pk}").content.decode()
    )
    assert "Programmet Rätt storlek, rätt stöd täcker 17,4 av 120 mkr; 102,6 mkr saknas." in text
    assert "Fler doser per förpackning" not in text


def test_without_a_detailed_budget_the_page_says_so(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    BudgetAmount.objects.filter(kind="detailed").delete()
    url = reverse("economy:balance", args=[world.committee.pk]) + "?ar=2025"
    text = _text(login(world.reader).get(url).content.decode())
    assert "Ingen detaljbudget är registrerad för 2025, så det finns inget budgetgap" in text
    assert "budgetgapet (detaljbudget minus budgetram) kan inte beräknas" in text


def test_examples_are_said_to_be_examples(
    world: World, measures_world: MeasuresWorld, login
) -> None:  # type: ignore[no-untyped-def]
    BudgetAmount.objects.update(is_example=True)
    url = reverse("economy:balance", args=[world.committee.pk]) + "?ar=2025"
    assert "Exempelvärden – inte ur källdokumentet" in login(world.reader).get(url).content.decode()


def test_a_running_measure_without_effect_for_a_closed_month_is_warned_of(
    world: World, measures_world: MeasuresWorld
) -> None:
    measure = measures_world.hired_staff
    measure.status = "in_progress"
    measure.save()
    report = balance_report(world.committee, 2025, today=datetime.date(2025, 3, 10))
    messages = [w.message for w in report.warnings]
    assert "Åtgärd 1 har ingen hemtagningseffekt rapporterad för januari 2025." in messages
    assert "Åtgärd 1 har ingen hemtagningseffekt rapporterad för februari 2025." in messages
    assert not any("mars" in m for m in messages)
    assert report.through_month == 2
    RealisedEffect.objects.create(measure=measure, year=2025, month=1, amount=1, comment="x")
    later = balance_report(world.committee, 2025, today=datetime.date(2025, 3, 10))
    assert not any("januari" in w.message for w in later.warnings)
