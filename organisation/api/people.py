"""People through the API."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from audit.api_refusals import refusals
from audit.api_types import Id
from organisation.access import get_visible_or_404, user_policy
from organisation.api.schemas import PersonCreate, PersonOut, PersonUpdate
from organisation.models import User
from organisation.services import people as people_services

router = Router()


@router.get("", response=list[PersonOut], summary="People of the caller's region")
def list_people(request: HttpRequest) -> list[User]:
    return list(user_policy.scope(request.user, User.objects.all()).order_by("username"))


@router.get("/{person_id}", response=PersonOut)
def get_person(request: HttpRequest, person_id: Id) -> User:
    return get_visible_or_404(request.user, user_policy, User.objects.all(), person_id)


@router.post("", response={201: PersonOut, **refusals(403)})
def create_person(request: HttpRequest, payload: PersonCreate) -> Status[User]:
    return Status(201, people_services.create_person(request.user, **payload.dict()))


@router.patch("/{person_id}", response={200: PersonOut, **refusals(403, 409)})
def update_person(request: HttpRequest, person_id: Id, payload: PersonUpdate) -> User:
    person = get_visible_or_404(
        request.user, user_policy, User.objects.all(), person_id, need="change"
    )
    values = payload.dict(exclude={"version"}, exclude_none=True)
    return people_services.update_person(request.user, person, payload.version, **values)
