"""The shapes of units, people and roles in the API, bounded by their model fields."""

from __future__ import annotations

import datetime
from typing import Annotated

from ninja import Schema

from audit.api_types import Id, Version, choice_of, text_of, unchanged
from organisation.models import ROOT_KINDS, Role, Unit, UnitKind, User

UnitKindValue = Annotated[str, choice_of(UnitKind)]
# A unit under an organisation: neither a region nor a municipality.
ChildKindValue = Annotated[str, choice_of(UnitKind, excluding=ROOT_KINDS)]
RoleValue = Annotated[str, choice_of(Role)]


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    case_prefix: str
    kind: UnitKindValue
    parent_id: int | None
    closed_on: datetime.date | None
    version: int


class UnitCreate(Schema):
    parent_id: Id
    name: Annotated[str, text_of(Unit, "name", required=True)]
    kind: ChildKindValue
    short_name: Annotated[str, text_of(Unit, "short_name")] = ""
    case_prefix: Annotated[str, text_of(Unit, "case_prefix")] = ""


class UnitUpdate(Schema):
    version: Version
    name: Annotated[str, text_of(Unit, "name", required=True)] = unchanged()
    kind: UnitKindValue = unchanged()
    short_name: Annotated[str, text_of(Unit, "short_name")] = unchanged()
    case_prefix: Annotated[str, text_of(Unit, "case_prefix")] = unchanged()


class UnitMove(Schema):
    version: Version
    parent_id: Id


class UnitClose(Schema):
    version: Version
    closed_on: datetime.date


class VersionOnly(Schema):
    version: Version


class PersonOut(Schema):
    id: int
    username: str
    first_name: str
    last_name: str
    email: str
    title: str
    is_active: bool
    region_id: int | None
    version: int


class PersonCreate(Schema):
    username: Annotated[str, text_of(User, "username", required=True)]
    first_name: Annotated[str, text_of(User, "first_name")] = ""
    last_name: Annotated[str, text_of(User, "last_name")] = ""
    email: Annotated[str, text_of(User, "email")] = ""
    title: Annotated[str, text_of(User, "title")] = ""


class PersonUpdate(Schema):
    version: Version
    first_name: Annotated[str, text_of(User, "first_name")] = unchanged()
    last_name: Annotated[str, text_of(User, "last_name")] = unchanged()
    email: Annotated[str, text_of(User, "email")] = unchanged()
    title: Annotated[str, text_of(User, "title")] = unchanged()
    is_active: bool = unchanged()


class RoleOut(Schema):
    id: int
    user_id: int
    unit_id: int
    role: RoleValue


class RoleCreate(Schema):
    user_id: Id
    unit_id: Id
    role: RoleValue
