"""A goal's fulfilment from its measures', by the rule the organisation chooses.

Plain function over the measures' statuses (sub-measures left out: their measure is judged).
"all": met when every judged measure is met, not met when none is met or partly met, partly
met between. "most": met when more than half are met, not met when more than half are not
met, partly met otherwise. "weighted": as "most", with each judged measure counting by its
weight (none given counts as 1). Measures that cannot be judged are left out and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from planning.targets import MET, NOT_ASSESSABLE, NOT_MET, PARTLY_MET

ALL, MOST, WEIGHTED = "all", "most", "weighted"
RULES = (ALL, MOST, WEIGHTED)
# The weight of a measure that has none given.
EQUAL_WEIGHT = Decimal(1)


@dataclass(frozen=True)
class GoalVerdict:
    status: str
    reason: str  # "rule_all", "rule_most", "rule_weighted", "none_judged" or "manual"
    params: dict[str, Any] = field(default_factory=dict)


def _more_than_half(part: Decimal | int, whole: Decimal | int) -> bool:
    return part * 2 > whole


def goal_verdict(
    statuses: list[str], rule: str, weights: Sequence[Decimal | None] | None = None
) -> GoalVerdict:
    """`weights`, one for each status and None where none is given, count under "weighted"
    only; left out, every measure weighs the same."""
    if weights is None:
        weights = [None] * len(statuses)
    if len(weights) != len(statuses):
        raise ValueError("One weight for each status.")
    if any(w is not None and w <= 0 for w in weights):
        raise ValueError("A weight is more than 0.")
    judged_pairs = [
        (s, EQUAL_WEIGHT if w is None else Decimal(w))
        for s, w in zip(statuses, weights, strict=True)
        if s != NOT_ASSESSABLE
    ]
    judged = [s for s, _ in judged_pairs]
    params: dict[str, Any] = {
        "met": judged.count(MET),
        "partly": judged.count(PARTLY_MET),
        "not_met": judged.count(NOT_MET),
        "judged": len(judged),
        "unjudged": len(statuses) - len(judged),
    }
    if rule == WEIGHTED:

        def weight_of(status: str) -> Decimal:
            return sum((w for s, w in judged_pairs if s == status), Decimal(0))

        params |= {
            "met_weight": weight_of(MET),
            "partly_weight": weight_of(PARTLY_MET),
            "not_met_weight": weight_of(NOT_MET),
            "judged_weight": sum((w for _, w in judged_pairs), Decimal(0)),
        }
    if not judged:
        return GoalVerdict(NOT_ASSESSABLE, "none_judged", params)
    met, partly, n = params["met"], params["partly"], params["judged"]
    if rule in (MOST, WEIGHTED):
        if rule == WEIGHTED:
            met_part, not_met_part = params["met_weight"], params["not_met_weight"]
            whole = params["judged_weight"]
        else:
            met_part, not_met_part, whole = met, params["not_met"], n
        if _more_than_half(met_part, whole):
            status = MET
        elif _more_than_half(not_met_part, whole):
            status = NOT_MET
        else:
            status = PARTLY_MET
        return GoalVerdict(status, f"rule_{rule}", params)
    if met == n:
        status = MET
    elif met == 0 and partly == 0:
        status = NOT_MET
    else:
        status = PARTLY_MET
    return GoalVerdict(status, "rule_all", params)
