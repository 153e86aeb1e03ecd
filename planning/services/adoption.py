"""Recording that the committee adopted a unit's operational plan, freezing it as adopted."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
from committee.adoption_rules import check_adoption
from committee.decision_dates import DAY
from organisation.models import Unit
from planning.access import goal_policy
from planning.models import OperationalPlanAdoption
from planning.plan_document import build_plan_document


def latest_adoption(unit: Unit, year: int) -> OperationalPlanAdoption | None:
    return (
        OperationalPlanAdoption.objects.filter(unit=unit, year=year)
        .order_by("-adopted_on", "-pk")
        .first()
    )


@transaction.atomic
def adopt_operational_plan(
    actor: Any,
    unit: Unit,
    *,
    year: int,
    adopted_on: datetime.date,
    body: str,
    decision_reference: str = "",
    adopted_on_precision: str = DAY,
) -> OperationalPlanAdoption:
    """Store the plan exactly as it reads now; goals and outcomes go on changing after it.

    A plan adopted again (a revised plan) gets a new adoption; the latest one is "as adopted".
    The date may be known to the month or year only and the paragraph may be unknown.
    """
    if not goal_policy.can_create_in(actor, unit):
        raise PermissionDenied
    snapshot = build_plan_document(unit, year)
    errors = check_adoption(adopted_on=adopted_on, precision=adopted_on_precision, body=body)
    if not snapshot["tree"]:
        errors["year"] = _("The unit has no goals for %(year)s to adopt.") % {"year": year}
    if errors:
        raise ValidationError(errors)
    adoption = attributed(
        OperationalPlanAdoption(
            unit=unit,
            year=year,
            adopted_on=adopted_on,
            adopted_on_precision=adopted_on_precision,
            body=body.strip(),
            decision_reference=decision_reference.strip(),
            recorded_by=history_user_of(actor),
            snapshot=snapshot,
        ),
        actor,
    )
    adoption.save()
    return adoption
