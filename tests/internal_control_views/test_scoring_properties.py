"""Scoring on a matrix: properties that hold for any matrix the loader accepts."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from internal_control.checks import RiskFacts, check_risk
from internal_control.scoring import ClassRule, MatrixRules, classify, coverage_problems, score


@st.composite
def matrices(draw: st.DrawFn, scorings: tuple[str, ...] = ("product", "sum")) -> MatrixRules:
    """A matrix of n × m levels scored by the product or the sum, with contiguous classes
    covering 1..max."""
    scoring = draw(st.sampled_from(scorings))
    n = draw(st.integers(2, 6))
    m = draw(st.integers(2, 6))
    top = n * m if scoring == "product" else n + m
    cuts = sorted(draw(st.sets(st.integers(2, top), min_size=1, max_size=min(4, top - 1))))
    bounds = [1, *cuts, top + 1]
    classes = tuple(
        ClassRule(f"R{i + 1}", i + 1, bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)
    )
    return MatrixRules(scoring, tuple(range(1, n + 1)), tuple(range(1, m + 1)), classes)


@given(matrices())
def test_every_cell_gets_exactly_one_class(rules: MatrixRules) -> None:
    assert coverage_problems(rules) == []
    for p in rules.probability_values:
        for s in rules.severity_values:
            assert classify(rules, p, s) in {c.code for c in rules.classes}


@given(matrices(), st.data())
def test_score_and_class_grow_with_both_axes(rules: MatrixRules, data: st.DataObject) -> None:
    p = data.draw(st.sampled_from(rules.probability_values))
    s = data.draw(st.sampled_from(rules.severity_values))
    rank = {c.code: c.rank for c in rules.classes}
    if p + 1 in rules.probability_values:
        assert score(rules, p + 1, s) > score(rules, p, s)
        assert rank[classify(rules, p + 1, s)] >= rank[classify(rules, p, s)]
    if s + 1 in rules.severity_values:
        assert rank[classify(rules, p, s + 1)] >= rank[classify(rules, p, s)]


@given(matrices(("product",)))
def test_a_gap_in_the_bounds_is_found(rules: MatrixRules) -> None:
    first = rules.classes[0]
    if first.max_score is None or first.max_score < 2:
        return
    gapped = MatrixRules(
        rules.scoring,
        rules.probability_values,
        rules.severity_values,
        (ClassRule(first.code, 1, 2, first.max_score), *rules.classes[1:]),
    )
    assert "ingen klass täcker poängen 1" in coverage_problems(gapped)


@given(matrices(("sum",)), st.data())
def test_a_summed_matrix_scores_the_sum(rules: MatrixRules, data: st.DataObject) -> None:
    p = data.draw(st.sampled_from(rules.probability_values))
    s = data.draw(st.sampled_from(rules.severity_values))
    assert score(rules, p, s) == p + s
    assert rules.max_score == max(rules.probability_values) + max(rules.severity_values)


def test_a_stated_score_is_checked_by_the_matrixs_own_rule() -> None:
    facts = RiskFacts(
        number=7,
        treatment="Begränsa",
        stated_score=6,
        probability=2,
        severity=4,
        class_code="Medel",
        class_requires_action=False,
        action_numbers=(),
        scoring="sum",
    )
    assert [f.code for f in check_risk(facts)] == []
    product = replace(facts, scoring="product")
    [mismatch] = check_risk(product)
    assert mismatch.code == "score_mismatch"
    assert mismatch.params["computed"] == 8 and mismatch.params["sign"] == "×"
    assert check_risk(replace(facts, stated_score=8))[0].params["sign"] == "+"
