"""The organisation's cost types and how the financial system's codes map onto it."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Status

from audit.api_refusals import refusals
from audit.api_types import Id
from economy.access import (
    account_mapping_policy,
    cost_centre_mapping_policy,
    cost_type_policy,
)
from economy.api import router
from economy.api.schemas import (
    AccountMappingIn,
    AccountMappingOut,
    AccountMappingPatch,
    CostCentreMappingIn,
    CostCentreMappingOut,
    CostCentreMappingPatch,
    CostTypeIn,
    CostTypeOut,
    CostTypePatch,
)
from economy.models import AccountMapping, CostCentreMapping, CostType
from economy.services import cost_types as cost_type_services
from economy.services import mappings as mapping_services
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit
from organisation.region_data import region_of


def _region(request: HttpRequest) -> Unit:
    region = region_of(request.user)
    if region is None:
        raise PermissionDenied
    return region


def _cost_type(request: HttpRequest, cost_type_id: int, field: str = "cost_type_id") -> CostType:
    cost_type = CostType.objects.filter(pk=cost_type_id).first()
    if cost_type is None or not cost_type_policy.can_view(request.user, cost_type):
        raise ValidationError({field: _("Choose a cost type of the organisation.")})
    return cost_type


def _unit(request: HttpRequest, unit_id: int) -> Unit:
    unit = Unit.objects.filter(pk=unit_id).first()
    if unit is None or not unit_policy.can_view(request.user, unit):
        raise ValidationError({"unit_id": _("Choose a unit of the organisation.")})
    return unit


@router.get(
    "/cost-types", response=list[CostTypeOut], summary="The caller's organisation's cost types"
)
def list_cost_types(request: HttpRequest) -> Any:
    return list(cost_type_policy.scope(request.user, CostType.objects.all()))


@router.post("/cost-types", response={201: CostTypeOut, **refusals(403)})
def create_cost_type(request: HttpRequest, payload: CostTypeIn) -> Status[CostType]:
    values = payload.dict(exclude_none=True)
    return Status(
        201, cost_type_services.create_cost_type(request.user, _region(request), **values)
    )


@router.patch("/cost-types/{cost_type_id}", response={200: CostTypeOut, **refusals(403, 409)})
def update_cost_type(request: HttpRequest, cost_type_id: Id, payload: CostTypePatch) -> CostType:
    cost_type = get_visible_or_404(
        request.user, cost_type_policy, CostType.objects.all(), cost_type_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return cost_type_services.update_cost_type(request.user, cost_type, payload.version, **values)


@router.delete("/cost-types/{cost_type_id}", response={204: None, **refusals(403)})
def delete_cost_type(request: HttpRequest, cost_type_id: Id) -> Status[None]:
    cost_type = get_visible_or_404(
        request.user, cost_type_policy, CostType.objects.all(), cost_type_id, need="change"
    )
    cost_type_services.delete_cost_type(request.user, cost_type)
    return Status(204, None)


@router.get("/cost-centres", response=list[CostCentreMappingOut])
def list_cost_centres(request: HttpRequest) -> Any:
    mappings = CostCentreMapping.objects.order_by("cost_centre")
    return list(cost_centre_mapping_policy.scope(request.user, mappings))


@router.post("/cost-centres", response={201: CostCentreMappingOut, **refusals(403)})
def create_cost_centre(
    request: HttpRequest, payload: CostCentreMappingIn
) -> Status[CostCentreMapping]:
    mapping = mapping_services.create_cost_centre_mapping(
        request.user,
        _region(request),
        cost_centre=payload.cost_centre,
        unit=_unit(request, payload.unit_id),
    )
    return Status(201, mapping)


@router.patch(
    "/cost-centres/{mapping_id}", response={200: CostCentreMappingOut, **refusals(403, 409)}
)
def update_cost_centre(
    request: HttpRequest, mapping_id: Id, payload: CostCentreMappingPatch
) -> CostCentreMapping:
    mapping = get_visible_or_404(
        request.user,
        cost_centre_mapping_policy,
        CostCentreMapping.objects.select_related("unit", "region"),
        mapping_id,
        need="change",
    )
    return mapping_services.update_cost_centre_mapping(
        request.user,
        mapping,
        payload.version,
        cost_centre=payload.cost_centre,
        unit=_unit(request, payload.unit_id),
    )


@router.delete("/cost-centres/{mapping_id}", response={204: None, **refusals(403)})
def delete_cost_centre(request: HttpRequest, mapping_id: Id) -> Status[None]:
    mapping = get_visible_or_404(
        request.user,
        cost_centre_mapping_policy,
        CostCentreMapping.objects.select_related("unit"),
        mapping_id,
        need="change",
    )
    mapping_services.delete_cost_centre_mapping(request.user, mapping)
    return Status(204, None)


@router.get("/accounts", response=list[AccountMappingOut])
def list_accounts(request: HttpRequest) -> Any:
    return list(account_mapping_policy.scope(request.user, AccountMapping.objects.all()))


@router.post("/accounts", response={201: AccountMappingOut, **refusals(403)})
def create_account(request: HttpRequest, payload: AccountMappingIn) -> Status[AccountMapping]:
    mapping = mapping_services.create_account_mapping(
        request.user,
        _region(request),
        first_account=payload.first_account,
        last_account=payload.last_account,
        cost_type=_cost_type(request, payload.cost_type_id),
    )
    return Status(201, mapping)


@router.patch("/accounts/{mapping_id}", response={200: AccountMappingOut, **refusals(403, 409)})
def update_account(
    request: HttpRequest, mapping_id: Id, payload: AccountMappingPatch
) -> AccountMapping:
    mapping = get_visible_or_404(
        request.user,
        account_mapping_policy,
        AccountMapping.objects.select_related("region"),
        mapping_id,
        need="change",
    )
    return mapping_services.update_account_mapping(
        request.user,
        mapping,
        payload.version,
        first_account=payload.first_account,
        last_account=payload.last_account,
        cost_type=_cost_type(request, payload.cost_type_id),
    )


@router.delete("/accounts/{mapping_id}", response={204: None, **refusals(403)})
def delete_account(request: HttpRequest, mapping_id: Id) -> Status[None]:
    mapping = get_visible_or_404(
        request.user,
        account_mapping_policy,
        AccountMapping.objects.all(),
        mapping_id,
        need="change",
    )
    mapping_services.delete_account_mapping(request.user, mapping)
    return Status(204, None)
