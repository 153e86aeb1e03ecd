"""The risks of a unit's year that stand in the most serious class of their matrix (R4).

The committee reads them beside the goals in every report: they are what most threatens the
goals, and the actions against them are what it has decided to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from internal_control.access import risk_policy
from internal_control.models import ActionRisk, ControlPlan, Risk, RiskAssessment, RiskClass
from internal_control.plan_document import distinct_actions, person_with_title
from organisation.models import Unit


@dataclass
class HighRisk:
    risk: Risk
    plan: ControlPlan
    risk_class: RiskClass
    assessed_on: Any
    owner: str
    actions: list[Any] = field(default_factory=list)


def highest_risks(user: Any, unit: Unit, year: int) -> list[HighRisk]:
    """Risks of the unit's control plans for `year` whose latest assessment is in the top class.

    Only risks `user` may read; a document already checked reads as the system actor.
    A fixed number of queries whatever the number of risks.
    """
    queryset = (
        Risk.objects.filter(plan__unit=unit, plan__year=year)
        .select_related("plan", "owner")
        .prefetch_related(
            Prefetch(
                "assessments",
                queryset=RiskAssessment.objects.select_related("risk_class").order_by(
                    "assessed_on", "pk"
                ),
            ),
            Prefetch(
                "action_links",
                queryset=ActionRisk.objects.select_related("action").order_by("order", "pk"),
            ),
        )
        .order_by("plan__title", "number")
    )
    queryset = risk_policy.scope(user, queryset)
    risks = list(queryset)
    top_rank: dict[int, int] = {}
    for matrix_id, rank in RiskClass.objects.filter(
        matrix_id__in={r.plan.matrix_id for r in risks}
    ).values_list("matrix_id", "rank"):
        top_rank[matrix_id] = max(rank, top_rank.get(matrix_id, 0))
    found = []
    for risk in risks:
        assessments = list(risk.assessments.all())
        latest = assessments[-1] if assessments else None
        if latest is None or latest.risk_class is None:
            continue
        if latest.risk_class.rank != top_rank.get(risk.plan.matrix_id):
            continue
        found.append(
            HighRisk(
                risk=risk,
                plan=risk.plan,
                risk_class=latest.risk_class,
                assessed_on=latest.assessed_on,
                owner=person_with_title(risk.owner, risk.owner_title),
                actions=distinct_actions(risk.action_links.all()),
            )
        )
    return found
