"""The rules that find where an outcome's figures contradict each other, and their words."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from followup.contradiction_words import outcome_warnings
from followup.contradictions import Figures, Statement, contradictions
from followup.services.outcomes import OutcomeRow, validate_row
from planning.models import Indicator

D = Decimal


def codes(figures: Figures, **kwargs: object) -> list[str]:
    return [c.code for c in contradictions(figures, **kwargs)]  # type: ignore[arg-type]


def test_a_count_whose_women_and_men_do_not_make_the_total() -> None:
    # Seed 004, T1 2020: totalt 400, kvinnor 270, män 200.
    found = contradictions(Figures(D(400), D(270), D(200)), is_count=True, is_share=False)
    assert [(c.code, c.params) for c in found] == [
        ("sum_mismatch", {"sum": D(470), "total": D(400)})
    ]
    assert codes(Figures(D(315), D(176), D(139)), is_count=True, is_share=False) == []
    # A share is not a sum of women and men.
    assert codes(Figures(D(15), D(7), D(17)), is_count=False, is_share=True) == []


@pytest.mark.parametrize(
    ("total", "women", "men", "flagged"),
    [
        ("78.5", "78", "76", True),  # seed 004: above both
        ("70", "78", "76", True),  # below both
        ("77", "78", "76", False),
        ("78", "78", "76", False),  # on the edge is possible
        ("76", "78", "76", False),
    ],
)
def test_a_share_must_lie_between_women_and_men(
    total: str, women: str, men: str, flagged: bool
) -> None:
    found = codes(Figures(D(total), D(women), D(men)), is_count=False, is_share=True)
    assert (found == ["total_outside"]) is flagged
    # Not a share (a unit other than %): no such rule.
    assert codes(Figures(D(total), D(women), D(men)), is_count=False, is_share=False) == []


def test_another_place_of_the_source_with_other_figures() -> None:
    scorecard = Figures(D(15), women=D(7), men=D(17))
    table = Statement("Tabellen LS1 2022-T1", Figures(D(15), D(17), D(8)))
    (found,) = contradictions(scorecard, is_count=False, is_share=True, elsewhere=(table,))
    assert found.code == "elsewhere"
    assert found.params["differs"] == ["women", "men"]
    # The same figures, or figures the outcome lacks, contradict nothing.
    same = Statement("Tidsserien", Figures(D(15), D(7), D(17)))
    more = Statement("Tidsserien", Figures(D(15), None, None))
    assert codes(scorecard, is_count=False, is_share=True, elsewhere=(same, more)) == []
    partial = Figures(None, D(203), D(135))
    assert (
        codes(partial, is_count=True, is_share=False, elsewhere=(Statement("T", Figures(D(339))),))
        == []
    )


def test_the_reader_is_told_in_swedish_with_the_unit() -> None:
    share = SimpleNamespace(is_count=False, measure_unit="%")
    outcome = SimpleNamespace(
        total=D("15"),
        women=D("7"),
        men=D("17"),
        stated_elsewhere=[
            {"place": "Tabellen LS1 2022-T1", "total": "15", "women": "17", "men": "8"}
        ],
    )
    with translation.override("sv"):
        assert outcome_warnings(outcome, share) == [
            "Tabellen LS1 2022-T1 anger totalt 15\u00a0%, kvinnor 17\u00a0%, män 8\u00a0%."
        ]
        outside = SimpleNamespace(total=D("78.5"), women=D("78"), men=D("76"), stated_elsewhere=[])
        assert outcome_warnings(outside, share) == [
            "Totalen 78,5\u00a0% ligger inte mellan utfallet för kvinnor, 78\u00a0%, och för män, "
            "76\u00a0%."
        ]
        count = SimpleNamespace(is_count=True, measure_unit="")
        mismatch = SimpleNamespace(total=D(400), women=D(270), men=D(200), stated_elsewhere=[])
        assert outcome_warnings(mismatch, count) == [
            "Kvinnor och män blir tillsammans 470, inte totalen 400."
        ]
    agreeing = SimpleNamespace(total=D(315), women=D(176), men=D(139), stated_elsewhere=[])
    assert outcome_warnings(agreeing, count) == []


def test_a_person_typing_a_mismatch_is_refused_a_source_is_kept() -> None:
    counts = Indicator(name="Antal", is_count=True)
    row = OutcomeRow(indicator=counts, total="400", women="270", men="200")
    _values, errors = validate_row(row)
    assert "total" in errors
    values, errors = validate_row(row, as_stated=True)
    assert errors == {}
    assert (values["total"], values["women"], values["men"]) == (D(400), D(270), D(200))
    # What is not a number is refused from a source too.
    _values, errors = validate_row(OutcomeRow(indicator=counts, total="fyrahundra"), as_stated=True)
    assert "total" in errors


def test_a_value_written_with_the_measures_unit_is_kept_as_its_number() -> None:
    counts = Indicator(name="Antal", is_count=True, measure_unit="st")
    values, errors = validate_row(OutcomeRow(indicator=counts, total="12 st"), as_stated=True)
    assert (errors, values["total"]) == ({}, D(12))
    _values, errors = validate_row(OutcomeRow(indicator=counts, total="12 kg"))
    assert errors == {"total": "”12 kg” är skrivet i kg; måttet räknas i st."}
