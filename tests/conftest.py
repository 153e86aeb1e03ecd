"""Shared fixtures: a small two-region world and one persona per permission boundary."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from django.test import Client

from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.units import create_region
from tests.openapi_contract import check_response, published_spec


@pytest.fixture(autouse=True)
def api_answers_as_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every answer to /api/ that any test receives is checked against the published OpenAPI."""
    send = Client.request

    def request_and_check(self: Client, **request: object) -> object:
        response = send(self, **request)
        path = str(request.get("PATH_INFO", ""))
        if path.startswith("/api/"):
            check_response(
                published_spec(),
                str(request.get("REQUEST_METHOD", "GET")),
                path,
                response.status_code,
                response.get("Content-Type", ""),
                response.content,
            )
        return response

    monkeypatch.setattr(Client, "request", request_and_check)


# Playwright's sync API runs an event loop in the test thread; Django's ORM must allow it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "correct-horse-battery"


@dataclass
class World:
    region: Unit
    council: Unit
    board: Unit
    committee: Unit
    division: Unit
    area: Unit
    other_region: Unit
    other_division: Unit
    admin: User
    controller: User
    owner: User
    reader: User
    auditor: User
    outsider: User
    nobody: User
    installer: User  # the installation's administrator: a superuser of no organisation

    def persona(self, name: str) -> User:
        user: User = getattr(self, name)
        return user


def _unit(parent: Unit, name: str, kind: UnitKind, **extra: str) -> Unit:
    unit = Unit(parent=parent, name=name, kind=kind, **extra)
    unit.save()
    return unit


def _person(
    username: str, region: Unit, unit: Unit | None, role: Role | None, **extra: str
) -> User:
    user = User(username=username, region=region, first_name=username.capitalize(), **extra)
    user.set_password(PASSWORD)
    user.save()
    if unit is not None and role is not None:
        RoleAssignment.objects.create(user=user, unit=unit, role=role)
    return user


@pytest.fixture
def world(db: None) -> World:
    return make_world()


def make_world() -> World:
    region = create_region("Region Jämtland Härjedalen", short_name="RJH", actor=SYSTEM)
    council = _unit(region, "Regionfullmäktige", UnitKind.COUNCIL)
    board = _unit(council, "Regionstyrelsen", UnitKind.BOARD, short_name="RS", case_prefix="RS")
    committee = _unit(council, "Hälso- och sjukvårdsnämnden", UnitKind.COMMITTEE, short_name="HSN")
    division = _unit(committee, "Division Medicin", UnitKind.DIVISION)
    area = _unit(division, "Akutvård", UnitKind.AREA)
    other_region = create_region("Region Norrbotten", actor=SYSTEM)
    other_division = _unit(other_region, "Division Länssjukvård 1", UnitKind.DIVISION)
    return World(
        region=region,
        council=council,
        board=board,
        committee=committee,
        division=division,
        area=area,
        other_region=other_region,
        other_division=other_division,
        admin=_person("admin", region, region, Role.ADMINISTRATOR),
        controller=_person("karin", region, committee, Role.CONTROLLER),
        owner=_person("anders", region, committee, Role.OWNER, title="HR-direktör"),
        reader=_person("per", region, committee, Role.READER),
        auditor=_person("maria", region, region, Role.AUDITOR),
        outsider=_person("lena", other_region, other_region, Role.ADMINISTRATOR),
        nobody=_person("utan.roll", region, None, None),
        installer=_installer(),
    )


def _installer() -> User:
    user = User(username="drift", first_name="Drift", is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


PERSONAS = ["admin", "controller", "owner", "reader", "auditor", "outsider"]


@pytest.fixture
def login(client: Client):  # type: ignore[no-untyped-def]
    def _login(user: User) -> Client:
        client.force_login(user)
        return client

    return _login


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long tests marked `first` start first: two processes share the suite, and a long
    test taken last keeps one of them busy while the other has nothing left to do."""
    items.sort(key=lambda item: 0 if item.get_closest_marker("first") else 1)
