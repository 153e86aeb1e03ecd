from __future__ import annotations

import datetime

from ninja import Field, Schema

from organisation.models import Role, UnitKind


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    case_prefix: str
    kind: UnitKind
    parent_id: int | None
    closed_on: datetime.date | None
    version: int


class UnitCreate(Schema):
    parent_id: int
    name: str = Field(min_length=1, max_length=200)
    kind: UnitKind
    short_name: str = ""
    case_prefix: str = ""


class UnitUpdate(Schema):
    version: int = Field(description="The version you read; a newer one refuses the change (409).")
    name: str | None = Field(default=None, min_length=1, max_length=200)
    kind: UnitKind | None = None
    short_name: str | None = None
    case_prefix: str | None = None


class UnitMove(Schema):
    version: int
    parent_id: int


class UnitClose(Schema):
    version: int
    closed_on: datetime.date


class VersionOnly(Schema):
    version: int


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
    username: str = Field(min_length=1, max_length=150)
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    title: str = ""


class PersonUpdate(Schema):
    version: int
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    title: str | None = None
    is_active: bool | None = None


class RoleOut(Schema):
    id: int
    user_id: int
    unit_id: int
    role: Role


class RoleCreate(Schema):
    user_id: int
    unit_id: int
    role: Role


class Message(Schema):
    detail: str
