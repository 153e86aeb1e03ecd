"""Targets as rules: every wording in DOMAIN.md is read and judged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planning.targets import (
    MET,
    NOT_ASSESSABLE,
    NOT_MET,
    PARTLY_MET,
    Context,
    TargetParseError,
    TargetRule,
    judge,
    parse_target,
)

WORDINGS = [
    ("Minst 20 %", "at_least", Decimal(20)),
    ("Minst 4", "at_least", Decimal(4)),
    ("Maximalt 15%", "at_most", Decimal(15)),
    ("Högst 5%", "at_most", Decimal(5)),
    ("Högst -2,2 %", "at_most", Decimal("-2.2")),
    ("Mindre än 220 recept per 1000 inv", "less_than", Decimal(220)),
    ("100 %", "exactly", Decimal(100)),
    ("Minska", "decrease", None),
    ("Öka", "increase", None),
    ("Minska med 50 % jmft med 2020", "decrease_by", Decimal(50)),
    ("Lägre än ackumulerat värde 2022", "below_reference", None),
    ("ska öka jämfört med 2022", "increase", None),
    ("Förbättring jmft med föregående år", "improve", None),
    ("I nivå med genomsnittet i riket", "benchmark", None),
    ("2 parametrar", "k_of_n", None),
    ("Genomförd aktivitet", "activity", None),
    ("Kompletteras efter 2022", "pending", None),
]


@pytest.mark.parametrize(("text", "kind", "value"), WORDINGS, ids=[w[0] for w in WORDINGS])
def test_every_wording_of_the_domain_is_read(text: str, kind: str, value: Decimal | None) -> None:
    rule = parse_target(text)
    assert (rule.kind, rule.value) == (kind, value)
    assert rule.text == text
    assert TargetRule.from_dict(rule.as_dict()) == rule


@pytest.mark.parametrize("text", ["", "Bra", "Så bra som möjligt"])
def test_unreadable_wording_is_refused(text: str) -> None:
    with pytest.raises(TargetParseError):
        parse_target(text)


@given(st.decimals(-1000, 1000, places=2), st.decimals(-1000, 1000, places=2))
def test_at_least_is_never_met_below_its_value(target: Decimal, outcome: Decimal) -> None:
    rule = TargetRule("at_least", "Minst", value=target)
    status = judge(rule, outcome).status
    assert (status == MET) == (outcome >= target)


@given(st.decimals(-1000, 1000, places=2), st.decimals(-1000, 1000, places=2))
def test_at_most_is_never_met_above_its_value(target: Decimal, outcome: Decimal) -> None:
    status = judge(TargetRule("at_most", "Högst", value=target), outcome).status
    assert (status == MET) == (outcome <= target)


ORDER = {NOT_MET: 0, PARTLY_MET: 1, MET: 2}


@given(
    st.decimals(0, 1000, places=1), st.decimals(0, 1000, places=1), st.decimals(0, 100, places=1)
)
def test_judging_at_least_is_monotone(target: Decimal, outcome: Decimal, more: Decimal) -> None:
    rule = TargetRule("at_least", "Minst", value=target)
    assert ORDER[judge(rule, outcome).status] <= ORDER[judge(rule, outcome + more).status]


def test_partly_met_within_ten_percent() -> None:
    rule = parse_target("Minst 70 %")
    assert judge(rule, Decimal(65)).status == PARTLY_MET
    assert judge(rule, Decimal(60)).status == NOT_MET
    assert judge(rule, Decimal(70)).reason == "at_least_met"


def test_relative_targets_need_their_reference() -> None:
    rule = parse_target("Minska med 50 % jmft med 2020")
    assert judge(rule, Decimal(40)).status == NOT_ASSESSABLE
    assert judge(rule, Decimal(40), Context(baseline=Decimal(100))).status == MET
    assert judge(rule, Decimal(80), Context(baseline=Decimal(100))).status == PARTLY_MET
    assert judge(rule, Decimal(120), Context(baseline=Decimal(100))).status == NOT_MET
    improve = parse_target("Förbättring jmft med föregående år")
    assert judge(improve, Decimal(4), Context(previous=Decimal(5), direction="lower")).status == MET
    assert (
        judge(improve, Decimal(4), Context(previous=Decimal(5), direction="higher")).status
        == NOT_MET
    )


def test_manual_targets_ask_for_a_judgement() -> None:
    assert judge(parse_target("Genomförd aktivitet"), None).status == NOT_ASSESSABLE
    assert judge(parse_target("Genomförd aktivitet"), None, Context(done=True)).status == MET
    assert (
        judge(parse_target("I nivå med genomsnittet i riket"), Decimal(5)).reason
        == "benchmark_unknown"
    )
    assert judge(parse_target("Kompletteras efter 2022"), Decimal(5)).status == NOT_ASSESSABLE
    assert judge(parse_target("2 parametrar"), None, Context(parts_met=2)).status == MET
    assert judge(parse_target("2 parametrar"), None, Context(parts_met=1)).status == PARTLY_MET


def test_a_target_per_sex_is_read_in_either_order() -> None:
    for text in ("M: 17,2 % K:16 %", "K: 16 % M: 17,2 %", "Kvinnor: 16 % Män: 17,2 %"):
        rule = parse_target(text)
        assert (rule.kind, rule.women, rule.men) == ("per_sex", Decimal(16), Decimal("17.2"))
        assert TargetRule.from_dict(rule.as_dict()) == rule


def test_a_target_per_sex_needs_both_outcomes() -> None:
    rule = parse_target("M: 17,2 % K: 16 %")
    only_total = Context(direction="lower")
    assert judge(rule, Decimal(17), only_total).status == NOT_ASSESSABLE
    both = Context(direction="lower", women=Decimal("18.8"), men=Decimal("17.3"))
    judgement = judge(rule, None, both)
    assert judgement.status == NOT_MET
    assert (judgement.params["men_status"], judgement.params["women_status"]) == (
        PARTLY_MET,
        NOT_MET,
    )


@given(
    st.decimals(0, 100, places=1),
    st.decimals(0, 100, places=1),
    st.decimals(0, 100, places=1),
    st.decimals(0, 100, places=1),
    st.sampled_from(["higher", "lower"]),
)
def test_per_sex_is_never_better_than_either_sex(
    women_target: Decimal, men_target: Decimal, women: Decimal, men: Decimal, direction: str
) -> None:
    rule = TargetRule("per_sex", "", women=women_target, men=men_target)
    whole = judge(rule, None, Context(direction=direction, women=women, men=men))
    kind = "at_least" if direction == "higher" else "at_most"
    for target, outcome in ((women_target, women), (men_target, men)):
        alone = judge(TargetRule(kind, "", value=target), outcome)
        if alone.status != MET:
            assert whole.status != MET


@given(st.decimals(-1000, 1000, places=2), st.decimals(-1000, 1000, places=2))
def test_a_bare_value_follows_the_measures_direction(target: Decimal, outcome: Decimal) -> None:
    rule = TargetRule("exactly", f"{target}", value=target)
    higher = judge(rule, outcome, Context(direction="higher"))
    lower = judge(rule, outcome, Context(direction="lower"))
    if outcome < target:
        assert higher.status != MET
    if outcome > target:
        assert lower.status != MET
    if outcome == target:
        assert higher.status == lower.status == MET


def test_the_band_of_partly_met_is_the_organisations() -> None:
    rule = parse_target("Minst 70 %")
    five = Context(partly_band=Decimal("0.05"))
    assert judge(rule, Decimal(67), five).status == PARTLY_MET  # 3 short: within 3.5
    assert judge(rule, Decimal(66), five).status == NOT_MET
    assert judge(rule, Decimal(67), five).params["band"] == Decimal("5.00")
    # No band: a miss is a miss.
    assert judge(rule, Decimal("69.9"), Context(partly_band=Decimal(0))).status == NOT_MET
    per_sex = TargetRule(
        "per_sex", "Minst 80 % för kvinnor och män", women=Decimal(80), men=Decimal(80)
    )
    wide = Context(women=Decimal(70), men=Decimal(81), partly_band=Decimal("0.20"))
    assert judge(per_sex, None, wide).status == PARTLY_MET
