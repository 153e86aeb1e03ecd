"""A goal's fulfilment from its measures', by the organisation's rule."""

from __future__ import annotations

import pytest

from planning.goal_verdict import ALL, MOST, goal_verdict

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
