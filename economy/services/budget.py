"""The budget frame of a unit for a year, its changes, and its budget by unit and cost type."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from economy.access import economy_policy, frame_change_policy
from economy.models import BudgetAmount, BudgetFrame, BudgetKind, CostType, FrameChange
from organisation.models import Unit

FRAME_FIELDS = ("amount_unit", "total_label", "total_previous_year", "total")
CHANGE_FIELDS = ("reason", "amount", "decision_reference", "printed", "order")


def create_frame(actor: Any, unit: Unit, *, year: int, **values: Any) -> BudgetFrame:
    if not economy_policy.can_create_in(actor, unit):
        raise PermissionDenied
    if BudgetFrame.objects.filter(unit=unit, year=year).exists():
        raise ValidationError(
            {
                "year": _("%(unit)s already has a budget frame for %(year)s.")
                % {"unit": unit, "year": year}
            }
        )
    frame = attributed(BudgetFrame(unit=unit, year=year, **values), actor)
    frame.full_clean()
    frame.save()
    return frame


def update_frame(
    actor: Any, frame: BudgetFrame, expected_version: int | None, **values: Any
) -> BudgetFrame:
    if not economy_policy.can_change(actor, frame):
        raise PermissionDenied
    unknown = set(values) - set(FRAME_FIELDS)
    if unknown:
        raise TypeError(f"Not frame fields: {sorted(unknown)}")
    values["is_example"] = False
    return save_versioned(frame, expected_version, values, actor=actor)  # type: ignore[return-value]


def create_frame_change(actor: Any, frame: BudgetFrame, **values: Any) -> FrameChange:
    if not economy_policy.can_change(actor, frame):
        raise PermissionDenied
    if "order" not in values:
        last = frame.frame_changes.order_by("-order").first()
        values["order"] = (last.order + 1) if last else 1
    change = attributed(FrameChange(frame=frame, **values), actor)
    change.full_clean()
    change.save()
    return change


def update_frame_change(
    actor: Any, change: FrameChange, expected_version: int | None, **values: Any
) -> FrameChange:
    if not frame_change_policy.can_change(actor, change):
        raise PermissionDenied
    unknown = set(values) - set(CHANGE_FIELDS)
    if unknown:
        raise TypeError(f"Not frame change fields: {sorted(unknown)}")
    return save_versioned(change, expected_version, values, actor=actor)  # type: ignore[return-value]


def delete_frame_change(actor: Any, change: FrameChange) -> None:
    if not frame_change_policy.can_change(actor, change):
        raise PermissionDenied
    attributed(change, actor).delete()


def budget_units(frame: BudgetFrame) -> list[Unit]:
    """The rows of the frame's budget by cost type: the units directly under the frame's unit
    in the order they were made, then the frame's own unit."""
    children = Unit.objects.filter(parent=frame.unit, closed_on__isnull=True).order_by("pk")
    return [*children, frame.unit]


@transaction.atomic
def set_budget_amounts(
    actor: Any,
    frame: BudgetFrame,
    unit: Unit,
    kind: str,
    amounts: Mapping[CostType, Decimal | None],
    versions: Mapping[int, int] | None = None,
    *,
    is_example: bool = False,
) -> list[BudgetAmount]:
    """Set one unit's row of the frame's budget (the frame, or the detailed budget).

    `versions` gives, per cost type id, the version of the cell the person saw (0: none);
    a cell changed meanwhile refuses the whole row. An empty amount removes the cell.
    `is_example` marks the cells it writes as example figures (the demo's), or as not.
    """
    if not economy_policy.can_change(actor, frame):
        raise PermissionDenied
    if not unit.is_within(frame.unit):
        raise ValidationError({"unit": _("Choose a unit under the frame's unit.")})
    kind = BudgetKind(kind)
    for cost_type in amounts:
        if cost_type.region_id != frame.unit.region_id:
            raise ValidationError({"cost_type": _("Choose a cost type of the organisation.")})
    existing = {
        a.cost_type_id: a
        for a in BudgetAmount.objects.select_for_update().filter(frame=frame, unit=unit, kind=kind)
    }
    versions = versions or {}
    changed = []
    for cost_type, amount in amounts.items():
        current = existing.get(cost_type.pk)
        seen = versions.get(cost_type.pk)
        if seen is not None and seen != (current.version if current else 0):
            raise ValidationError(
                {
                    f"amount_{cost_type.pk}": _(
                        "Someone else changed %(cost_type)s meanwhile. Nothing was saved; "
                        "look at the value and save again."
                    )
                    % {"cost_type": cost_type}
                }
            )
        if current is None:
            if amount is None:
                continue
            cell = attributed(
                BudgetAmount(
                    frame=frame,
                    unit=unit,
                    cost_type=cost_type,
                    kind=kind,
                    amount=amount,
                    is_example=is_example,
                ),
                actor,
            )
            cell.save()
            changed.append(cell)
        elif amount is None:
            attributed(current, actor).delete()
        elif amount != current.amount:
            save_versioned(
                current, current.version, {"amount": amount, "is_example": is_example}, actor=actor
            )
            changed.append(current)
    return changed
