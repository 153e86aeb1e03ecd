"""A goal's fulfilment from its measures', by the organisation's rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from planning.goal_verdict import ALL, MOST, WEIGHTED, goal_verdict
from planning.target_words import explain_verdict, verdict_briefly, weight_in_words

M, P, N, X = "met", "partly_met", "not_met", "not_assessable"


@pytest.mark.parametrize(
    ("statuses", "rule", "status"),
    [
        ([M, M, M], ALL, M),
        ([M, M, P], ALL, P),
        ([M, N, N], ALL, P),
        ([N, N], ALL, N),
        ([P, N], ALL, P),
        ([M, M, N], MOST, M),
        ([M, N, N], MOST, N),
        ([M, P, N], MOST, P),
        ([M, N], MOST, P),
        ([M, X, X], ALL, M),  # what cannot be judged is left out, and counted
        ([X, X], ALL, X),
        ([], MOST, X),
    ],
)
def test_the_rule_decides(statuses: list[str], rule: str, status: str) -> None:
    assert goal_verdict(statuses, rule).status == status


def test_the_verdict_counts_what_it_was_made_from() -> None:
    verdict = goal_verdict([M, P, N, X], MOST)
    assert verdict.params == {"met": 1, "partly": 1, "not_met": 1, "judged": 3, "unjudged": 1}
    assert verdict.reason == "rule_most"


W = Decimal


@pytest.mark.parametrize(
    ("statuses", "weights", "status"),
    [
        ([M, N, N], [W(5), W(2), W(1)], M),  # one of three met, but it weighs 5 of 8
        ([M, M, N], [W(1), W(1), W(3)], N),  # two of three met, but not met weighs 3 of 5
        ([M, N], [W(2), W(2)], P),  # half and half: neither more than half
        ([M, P, N], [W(2), W("1.5"), W("0.5")], P),  # 2 of 4: not more than half
        ([M, P, N], [W("2.001"), W("1.5"), W("0.499")], M),  # 2,001 of 4: just more
        ([M, N, X], [None, None, W(1000)], P),  # none given weighs 1; unjudged left out
        ([M, N], [None, W("0.5")], M),  # 1 of 1,5
        ([X, X], [W(2), None], X),
        ([], [], X),
    ],
)
def test_weighted_counts_each_measure_by_its_weight(
    statuses: list[str], weights: list[Decimal | None], status: str
) -> None:
    assert goal_verdict(statuses, WEIGHTED, weights).status == status


def test_the_weighted_verdict_gives_the_weights_it_compared() -> None:
    verdict = goal_verdict([M, P, N, X], WEIGHTED, [W(5), None, W("2.5"), W(7)])
    assert (verdict.status, verdict.reason) == (M, "rule_weighted")  # 5 of 8,5
    assert verdict.params == {
        "met": 1,
        "partly": 1,
        "not_met": 1,
        "judged": 3,
        "unjudged": 1,
        "met_weight": W(5),
        "partly_weight": W(1),
        "not_met_weight": W("2.5"),
        "judged_weight": W("8.5"),
    }
    assert all(isinstance(v, Decimal) for k, v in verdict.params.items() if k.endswith("weight"))


def test_weights_do_not_change_the_other_rules() -> None:
    statuses = [M, N, N]
    weights = [W(100), W(1), W(1)]
    for rule in (ALL, MOST):
        assert goal_verdict(statuses, rule, weights) == goal_verdict(statuses, rule)


def test_weights_must_match_the_statuses_and_be_more_than_zero() -> None:
    with pytest.raises(ValueError, match="One weight"):
        goal_verdict([M, N], WEIGHTED, [W(1)])
    with pytest.raises(ValueError, match="more than 0"):
        goal_verdict([M, N], WEIGHTED, [W(1), W(0)])


def test_the_weighted_verdict_in_words() -> None:
    verdict = goal_verdict([M, N, N], WEIGHTED, [W("5.5"), W(2), None])
    with translation.override("sv"):
        assert explain_verdict(verdict) == (
            "1 av 3 mått uppfyllda; de uppfyllda väger 5,5 och de ej uppfyllda 3 av 8,5. "
            "Målet är uppfyllt när de uppfyllda väger mer än hälften."
        )
        assert verdict_briefly(verdict) == "1 av 3 uppfyllda, väger 5,5 av 8,5"
        assert weight_in_words(None) == "lika vikt (ingen angiven)"
        assert weight_in_words(W("2.500")) == "2,5"


STATUSES = st.lists(st.sampled_from([M, P, N, X]), max_size=12)
WEIGHTS = st.decimals(min_value=W("0.001"), max_value=W(1000), places=3)


@given(STATUSES, WEIGHTS)
def test_with_equal_weights_weighted_is_most(statuses: list[str], weight: Decimal) -> None:
    most = goal_verdict(statuses, MOST)
    for weights in ([weight] * len(statuses), [None] * len(statuses), None):
        weighted = goal_verdict(statuses, WEIGHTED, weights)
        assert weighted.status == most.status


@given(st.lists(st.tuples(st.sampled_from([M, P, N, X]), WEIGHTS), max_size=12), WEIGHTS)
def test_the_weighted_verdict_follows_the_shares_of_the_weight(
    measures: list[tuple[str, Decimal]], factor: Decimal
) -> None:
    statuses = [s for s, _ in measures]
    weights = [w for _, w in measures]
    verdict = goal_verdict(statuses, WEIGHTED, weights)
    p = verdict.params
    assert p["met_weight"] + p["partly_weight"] + p["not_met_weight"] == p["judged_weight"]
    # Met and not met can never both weigh more than half; the verdict says which one does.
    if p["judged"]:
        expected = (
            M
            if p["met_weight"] * 2 > p["judged_weight"]
            else N
            if p["not_met_weight"] * 2 > p["judged_weight"]
            else P
        )
        assert verdict.status == expected
    # Only the shares count: every weight scaled alike gives the same verdict.
    scaled = goal_verdict(statuses, WEIGHTED, [w * factor for w in weights])
    assert scaled.status == verdict.status
