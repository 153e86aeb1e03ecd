"""Recording that the committee adopted a unit's operational plan, freezing it as adopted."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed, history_user_of
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
    decision_reference: str,
) -> OperationalPlanAdoption:
    """Store the plan exactly as it reads now; goals and outcomes go on changing after it.

    A plan adopted again (a revised plan) gets a new adoption; the latest one is "as adopted".
    """
    if not goal_policy.can_create_in(actor, unit):
        raise PermissionDenied
    snapshot = build_plan_document(unit, year)
    errors = {}
    if not snapshot["tree"]:
        errors["year"] = _("The unit has no goals for %(year)s to adopt.") % {"year": year}
    if not body.strip():
        errors["body"] = _("Name the body that adopted the plan.")
    if not decision_reference.strip():
        errors["decision_reference"] = _("Give the decision reference, for example § 212.")
    if errors:
        raise ValidationError(errors)
    adoption = attributed(
        OperationalPlanAdoption(
            unit=unit,
            year=year,
            adopted_on=adopted_on,
            body=body.strip(),
            decision_reference=decision_reference.strip(),
            recorded_by=history_user_of(actor),
            snapshot=snapshot,
        ),
        actor,
    )
    adoption.save()
    return adoption
