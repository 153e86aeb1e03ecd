"""Writes to the goal hierarchy: strategies, goals and assignments of a unit.

A goal may only contribute to a goal of its own unit or a unit above it, and may only serve
an assignment given to its unit or above; otherwise the tree would not read top-down.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from organisation.models import Unit
from planning.access import goal_policy
from planning.models import Assignment, Goal, Perspective

GOAL_FIELDS = (
    "perspective",
    "parent",
    "assignment",
    "level",
    "code",
    "title",
    "description",
    "first_year",
    "last_year",
    "order",
)
ASSIGNMENT_FIELDS = ("goal", "code", "year", "text", "given_to", "order")
PERSPECTIVE_FIELDS = ("kind", "name", "description", "order")


def _check_fields(values: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


def _above_or_same(unit: Unit, other: Unit | None) -> bool:
    return other is None or other.pk in unit.ancestor_ids


def check_goal_links(unit: Unit, values: dict[str, Any]) -> None:
    """The goal above, the assignment and the strategy belong to the unit or a unit above."""
    errors = {}
    parent: Goal | None = values.get("parent")
    if parent is not None and not _above_or_same(unit, parent.unit):
        errors["parent"] = _("The goal it contributes to must belong to this unit or one above.")
    assignment: Assignment | None = values.get("assignment")
    if assignment is not None and not _above_or_same(unit, assignment.unit):
        errors["assignment"] = _("The assignment must be given to this unit or one above.")
    perspective: Perspective | None = values.get("perspective")
    if perspective is not None and not _above_or_same(unit, perspective.unit):
        errors["perspective"] = _("The strategy must belong to this unit or one above.")
    first, last = values.get("first_year"), values.get("last_year")
    if first and last and last < first:
        errors["last_year"] = _("The last year comes before the first year.")
    if errors:
        raise ValidationError(errors)


def _create(actor: Any, obj: models.Model) -> Any:
    attributed(obj, actor)
    obj.full_clean()
    obj.save()
    return obj


def create_goal(actor: Any, unit: Unit, **values: Any) -> Goal:
    if not goal_policy.can_create_in(actor, unit):
        raise PermissionDenied
    _check_fields(values, GOAL_FIELDS)
    check_goal_links(unit, values)
    if values.get("parent") is not None and values.get("perspective") is None:
        values["perspective"] = values["parent"].perspective
    return _create(actor, Goal(unit=unit, **values))


def update_goal(actor: Any, goal: Goal, expected_version: int | None, **values: Any) -> Goal:
    if not goal_policy.can_change(actor, goal):
        raise PermissionDenied
    _check_fields(values, GOAL_FIELDS)
    check_goal_links(goal.unit, values)
    parent = values.get("parent")
    while parent is not None:
        if parent.pk == goal.pk:
            raise ValidationError({"parent": _("A goal cannot contribute to itself.")})
        parent = parent.parent
    return save_versioned(goal, expected_version, values, actor=actor)  # type: ignore[return-value]


def create_assignment(actor: Any, unit: Unit, **values: Any) -> Assignment:
    if not goal_policy.can_create_in(actor, unit):
        raise PermissionDenied
    _check_fields(values, ASSIGNMENT_FIELDS)
    return _create(actor, Assignment(unit=unit, **values))


def update_assignment(
    actor: Any, assignment: Assignment, expected_version: int | None, **values: Any
) -> Assignment:
    if not goal_policy.can_change(actor, assignment):
        raise PermissionDenied
    _check_fields(values, ASSIGNMENT_FIELDS)
    return save_versioned(  # type: ignore[return-value]
        assignment, expected_version, values, actor=actor
    )


def create_perspective(actor: Any, unit: Unit, **values: Any) -> Perspective:
    if not goal_policy.can_create_in(actor, unit):
        raise PermissionDenied
    _check_fields(values, PERSPECTIVE_FIELDS)
    return _create(actor, Perspective(unit=unit, **values))


def update_perspective(
    actor: Any, perspective: Perspective, expected_version: int | None, **values: Any
) -> Perspective:
    if not goal_policy.can_change(actor, perspective):
        raise PermissionDenied
    _check_fields(values, PERSPECTIVE_FIELDS)
    return save_versioned(  # type: ignore[return-value]
        perspective, expected_version, values, actor=actor
    )
