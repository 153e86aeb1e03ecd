"""Scoring on a matrix: properties that hold for any matrix the loader accepts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from internal_control.scoring import ClassRule, MatrixRules, classify, coverage_problems, score


@st.composite
def matrices(draw: st.DrawFn) -> MatrixRules:
    """A product matrix of n × m levels with contiguous classes covering 1..max."""
    n = draw(st.integers(2, 6))
    m = draw(st.integers(2, 6))
    top = n * m
    cuts = sorted(draw(st.sets(st.integers(2, top), min_size=1, max_size=min(4, top - 1))))
    bounds = [1, *cuts, top + 1]
    classes = tuple(
        ClassRule(f"R{i + 1}", i + 1, bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)
    )
    return MatrixRules("product", tuple(range(1, n + 1)), tuple(range(1, m + 1)), classes)


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


@given(matrices())
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
