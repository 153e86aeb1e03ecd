"""Writes to the organisation tree. Each checks permission, versions the unit and leaves history."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.attribution import attributed
from audit.concurrency import save_versioned
from organisation.access import may_create_organisations, unit_policy
from organisation.models import ROOT_KINDS, Unit, UnitKind

EDITABLE_FIELDS = ("name", "short_name", "case_prefix", "kind")


def create_region(
    name: str, *, actor: Any, short_name: str = "", kind: str = UnitKind.REGION
) -> Unit:
    """A new organisation (a region or a municipality): the root of a tree, made by the
    installation's administrator (organisation.services.organisations) or the system."""
    if not may_create_organisations(actor):
        raise PermissionDenied
    if kind not in ROOT_KINDS:
        raise ValidationError({"kind": _("An organisation is a region or a municipality.")})
    region = Unit(name=name, short_name=short_name, kind=kind)
    attributed(region, actor)
    region.full_clean()
    region.save()
    return region


def _check_kind(kind: Any, *, is_root: bool) -> None:
    """An organisation is a region or a municipality; a unit under it is neither."""
    if kind is None:
        return
    if is_root and kind not in ROOT_KINDS:
        raise ValidationError({"kind": _("An organisation is a region or a municipality.")})
    if not is_root and kind in ROOT_KINDS:
        raise ValidationError(
            {"kind": _("A unit under the organisation is not a region or a municipality.")}
        )


def create_unit(actor: Any, parent: Unit, **values: Any) -> Unit:
    if not unit_policy.can_create_in(actor, parent):
        raise PermissionDenied
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not unit fields: {sorted(unknown)}")
    _check_kind(values.get("kind"), is_root=False)
    unit = Unit(parent=parent, **values)
    attributed(unit, actor)
    unit.full_clean()
    unit.save()
    return unit


def update_unit(actor: Any, unit: Unit, expected_version: int | None, **values: Any) -> Unit:
    if not unit_policy.can_change(actor, unit):
        raise PermissionDenied
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not unit fields: {sorted(unknown)}")
    if "kind" in values:
        _check_kind(values["kind"], is_root=unit.parent_id is None)
    return save_versioned(unit, expected_version, values, actor=actor)  # type: ignore[return-value]


def move_unit(actor: Any, unit: Unit, new_parent: Unit, expected_version: int | None) -> Unit:
    if not unit_policy.can_move(actor, unit, new_parent):
        raise PermissionDenied
    if new_parent.is_within(unit):
        raise ValidationError({"parent": _("A unit cannot be moved under itself.")})
    if new_parent.region_id != unit.region_id:
        raise ValidationError({"parent": _("A unit cannot be moved to another region.")})
    with transaction.atomic():
        return save_versioned(  # type: ignore[return-value]
            unit, expected_version, {"parent": new_parent}, actor=actor
        )


def close_unit(
    actor: Any, unit: Unit, closed_on: datetime.date, expected_version: int | None
) -> Unit:
    """Close a unit and everything under it; closed units keep their data and history."""
    if not unit_policy.can_change(actor, unit):
        raise PermissionDenied
    if unit.parent_id is None:
        raise ValidationError({"closed_on": _("A region cannot be closed.")})
    with transaction.atomic():
        save_versioned(unit, expected_version, {"closed_on": closed_on}, actor=actor)
        for child in Unit.objects.filter(path__startswith=unit.path, closed_on__isnull=True):
            save_versioned(child, None, {"closed_on": closed_on}, actor=actor)
    return unit


def reopen_unit(actor: Any, unit: Unit, expected_version: int | None) -> Unit:
    if not unit_policy.can_change(actor, unit):
        raise PermissionDenied
    if unit.parent is not None and unit.parent.is_closed:
        raise ValidationError({"closed_on": _("Reopen the parent unit first.")})
    return save_versioned(  # type: ignore[return-value]
        unit, expected_version, {"closed_on": None}, actor=actor
    )
