"""How the financial system's codes map onto the organisation: account ranges onto cost
types, cost centres onto units."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from economy.access import account_mapping_policy, cost_centre_mapping_policy
from economy.ledger_rules import range_problem, ranges_overlap
from economy.models import AccountMapping, CostCentreMapping, CostType
from organisation.models import Unit


def _range_message(code: str) -> str:
    messages = {
        "not_digits": _("Accounts are given as digits, for example 5010."),
        "lengths_differ": _("Give both accounts with the same number of digits."),
        "reversed": _("The last account comes before the first."),
    }
    return messages[code]


def _check_range(
    region: Unit, first: str, last: str, cost_type: CostType, exclude: int | None = None
) -> None:
    problem = range_problem(first, last)
    if problem:
        raise ValidationError({"last_account": _range_message(problem)})
    if cost_type.region_id != region.pk:
        raise ValidationError({"cost_type": _("Choose a cost type of the organisation.")})
    others = AccountMapping.objects.filter(region=region).exclude(
        pk__in=[exclude] if exclude else []
    )
    for other in others.select_related("cost_type"):
        if ranges_overlap(first, last, other.first_account, other.last_account):
            raise ValidationError(
                {
                    "first_account": _(
                        "The accounts overlap %(first)s–%(last)s, which belong to %(cost_type)s."
                    )
                    % {
                        "first": other.first_account,
                        "last": other.last_account,
                        "cost_type": other.cost_type,
                    }
                }
            )


@transaction.atomic
def create_account_mapping(
    actor: Any,
    region: Unit,
    *,
    first_account: str,
    last_account: str,
    cost_type: CostType,
    is_example: bool = False,
) -> AccountMapping:
    if not account_mapping_policy.can_create_in(actor, region):
        raise PermissionDenied
    _check_range(region, first_account, last_account, cost_type)
    mapping = attributed(
        AccountMapping(
            region=region,
            first_account=first_account,
            last_account=last_account,
            cost_type=cost_type,
            is_example=is_example,
        ),
        actor,
    )
    mapping.full_clean()
    mapping.save()
    return mapping


@transaction.atomic
def update_account_mapping(
    actor: Any,
    mapping: AccountMapping,
    expected_version: int | None,
    *,
    first_account: str,
    last_account: str,
    cost_type: CostType,
) -> AccountMapping:
    if not account_mapping_policy.can_change(actor, mapping):
        raise PermissionDenied
    _check_range(mapping.region, first_account, last_account, cost_type, exclude=mapping.pk)
    values = {
        "first_account": first_account,
        "last_account": last_account,
        "cost_type": cost_type,
        "is_example": False,
    }
    return save_versioned(mapping, expected_version, values, actor=actor)  # type: ignore[return-value]


def delete_account_mapping(actor: Any, mapping: AccountMapping) -> None:
    if not account_mapping_policy.can_change(actor, mapping):
        raise PermissionDenied
    attributed(mapping, actor).delete()


def _check_cost_centre(
    actor: Any, region: Unit, cost_centre: str, unit: Unit, exclude: int | None = None
) -> None:
    if unit.region_id != region.pk:
        raise ValidationError({"unit": _("Choose a unit of the organisation.")})
    if not cost_centre_mapping_policy.can_create_in(actor, unit):
        raise ValidationError({"unit": _("Choose a unit where you record outcomes.")})
    taken = (
        CostCentreMapping.objects.filter(region=region, cost_centre=cost_centre)
        .exclude(pk__in=[exclude] if exclude else [])
        .select_related("unit")
        .first()
    )
    if taken is not None:
        shown = (
            taken.unit.name
            if cost_centre_mapping_policy.can_view(actor, taken)
            else _("a unit you do not see")
        )
        raise ValidationError(
            {
                "cost_centre": _("Cost centre %(code)s is already mapped to %(unit)s.")
                % {"code": cost_centre, "unit": shown}
            }
        )


@transaction.atomic
def create_cost_centre_mapping(
    actor: Any, region: Unit, *, cost_centre: str, unit: Unit, is_example: bool = False
) -> CostCentreMapping:
    """Map a cost centre onto a unit; the person must record outcomes for that unit."""
    if not cost_centre_mapping_policy.can_create_in(actor, unit):
        raise PermissionDenied
    cost_centre = cost_centre.strip()
    _check_cost_centre(actor, region, cost_centre, unit)
    mapping = attributed(
        CostCentreMapping(region=region, cost_centre=cost_centre, unit=unit, is_example=is_example),
        actor,
    )
    mapping.full_clean()
    mapping.save()
    return mapping


@transaction.atomic
def update_cost_centre_mapping(
    actor: Any,
    mapping: CostCentreMapping,
    expected_version: int | None,
    *,
    cost_centre: str,
    unit: Unit,
) -> CostCentreMapping:
    if not cost_centre_mapping_policy.can_change(actor, mapping):
        raise PermissionDenied
    cost_centre = cost_centre.strip()
    _check_cost_centre(actor, mapping.region, cost_centre, unit, exclude=mapping.pk)
    values = {"cost_centre": cost_centre, "unit": unit, "is_example": False}
    return save_versioned(mapping, expected_version, values, actor=actor)  # type: ignore[return-value]


def delete_cost_centre_mapping(actor: Any, mapping: CostCentreMapping) -> None:
    if not cost_centre_mapping_policy.can_change(actor, mapping):
        raise PermissionDenied
    attributed(mapping, actor).delete()
