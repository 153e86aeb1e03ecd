"""Role assignments through the API."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Router, Status

from audit.api_refusals import refusals
from audit.api_types import Id
from organisation.access import get_visible_or_404, role_assignment_policy, unit_policy, user_policy
from organisation.api.schemas import RoleCreate, RoleOut
from organisation.models import RoleAssignment, Unit, User
from organisation.services import people as people_services

router = Router()


@router.get("", response=list[RoleOut], summary="Role assignments on units the caller can see")
def list_roles(
    request: HttpRequest, unit_id: Id | None = None, user_id: Id | None = None
) -> list[RoleAssignment]:
    assignments = role_assignment_policy.scope(request.user, RoleAssignment.objects.all())
    if unit_id is not None:
        assignments = assignments.filter(unit_id=unit_id)
    if user_id is not None:
        assignments = assignments.filter(user_id=user_id)
    return list(assignments.order_by("unit__path", "user_id", "role"))


@router.post("", response={201: RoleOut, **refusals(403, 404)})
def create_role(request: HttpRequest, payload: RoleCreate) -> Status[RoleAssignment]:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.unit_id)
    person = get_visible_or_404(request.user, user_policy, User.objects.all(), payload.user_id)
    return Status(201, people_services.assign_role(request.user, person, unit, payload.role))


@router.delete("/{assignment_id}", response={204: None, **refusals(403)})
def delete_role(request: HttpRequest, assignment_id: Id) -> Status[None]:
    assignment = (
        RoleAssignment.objects.select_related("unit", "user").filter(pk=assignment_id).first()
    )
    if assignment is None or not role_assignment_policy.can_view(request.user, assignment):
        raise Http404
    if not unit_policy.can_manage_roles(request.user, assignment.unit):
        raise PermissionDenied
    people_services.remove_role(request.user, assignment)
    return Status(204, None)
