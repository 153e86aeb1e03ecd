"""A goal's fulfilment from its measures', by the rule the organisation chooses.

Plain function over the measures' statuses (sub-measures left out: their measure is judged).
"all": met when every judged measure is met, not met when none is met or partly met, partly
met between. "most": met when more than half are met, not met when more than half are not
met, partly met otherwise. Measures that cannot be judged are left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planning.targets import MET, NOT_ASSESSABLE, NOT_MET, PARTLY_MET

ALL, MOST = "all", "most"
RULES = (ALL, MOST)


@dataclass(frozen=True)
class GoalVerdict:
    status: str
    reason: str  # "rule_all", "rule_most", "none_judged" or "manual"
    params: dict[str, Any] = field(default_factory=dict)


def goal_verdict(statuses: list[str], rule: str) -> GoalVerdict:
    judged = [s for s in statuses if s != NOT_ASSESSABLE]
    params = {
        "met": judged.count(MET),
        "partly": judged.count(PARTLY_MET),
        "not_met": judged.count(NOT_MET),
        "judged": len(judged),
        "unjudged": len(statuses) - len(judged),
    }
    if not judged:
        return GoalVerdict(NOT_ASSESSABLE, "none_judged", params)
    met, partly, n = params["met"], params["partly"], params["judged"]
    if rule == MOST:
        if met * 2 > n:
            status = MET
        elif params["not_met"] * 2 > n:
            status = NOT_MET
        else:
            status = PARTLY_MET
        return GoalVerdict(status, "rule_most", params)
    if met == n:
        status = MET
    elif met == 0 and partly == 0:
        status = NOT_MET
    else:
        status = PARTLY_MET
    return GoalVerdict(status, "rule_all", params)
