"""Units through the API, with the same policy and services as the pages."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from audit.api_refusals import refusals
from audit.api_types import Id
from organisation.access import get_visible_or_404, unit_policy
from organisation.api.schemas import (
    UnitClose,
    UnitCreate,
    UnitMove,
    UnitOut,
    UnitUpdate,
    VersionOnly,
)
from organisation.models import Unit
from organisation.services import units as unit_services

router = Router()


@router.get("", response=list[UnitOut], summary="Units the caller can see")
def list_units(request: HttpRequest, include_closed: bool = False) -> list[Unit]:
    units = unit_policy.scope(request.user, Unit.objects.all()).order_by("path")
    if not include_closed:
        units = units.filter(closed_on__isnull=True)
    return list(units)


@router.get("/{unit_id}", response=UnitOut)
def get_unit(request: HttpRequest, unit_id: Id) -> Unit:
    return get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)


@router.post("", response={201: UnitOut, **refusals(403, 404)})
def create_unit(request: HttpRequest, payload: UnitCreate) -> Status[Unit]:
    parent = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.parent_id)
    data = payload.dict(exclude={"parent_id"})
    return Status(201, unit_services.create_unit(request.user, parent, **data))


@router.patch("/{unit_id}", response={200: UnitOut, **refusals(403, 409)})
def update_unit(request: HttpRequest, unit_id: Id, payload: UnitUpdate) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id, need="change")
    values = payload.dict(exclude={"version"}, exclude_none=True)
    return unit_services.update_unit(request.user, unit, payload.version, **values)


@router.post("/{unit_id}/move", response={200: UnitOut, **refusals(403, 409)})
def move_unit(request: HttpRequest, unit_id: Id, payload: UnitMove) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id, need="change")
    parent = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.parent_id)
    return unit_services.move_unit(request.user, unit, parent, payload.version)


@router.post("/{unit_id}/close", response={200: UnitOut, **refusals(403, 409)})
def close_unit(request: HttpRequest, unit_id: Id, payload: UnitClose) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id, need="change")
    unit_services.close_unit(request.user, unit, payload.closed_on, payload.version)
    unit.refresh_from_db()
    return unit


@router.post("/{unit_id}/reopen", response={200: UnitOut, **refusals(403, 409)})
def reopen_unit(request: HttpRequest, unit_id: Id, payload: VersionOnly) -> Unit:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id, need="change")
    return unit_services.reopen_unit(request.user, unit, payload.version)
