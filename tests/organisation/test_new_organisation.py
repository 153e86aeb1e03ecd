"""A new organisation: made with its first administrator by the installation's
administrator, kept by its own people, and as isolated as the two regions are."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from internal_control.services.matrices import create_matrix
from internal_control.services.plans import create_plan
from organisation.access import is_installation_administrator
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.organisations import create_organisation
from organisation.services.units import create_unit, update_unit
from tests.conftest import PASSWORD, World
from tests.internal_control_views.conftest import HSN_MATRIX

pytestmark = pytest.mark.django_db

ADMINISTRATOR = {"username": "admin.storsjo", "first_name": "Ida", "last_name": "Holm"}


def _municipality(world: World) -> tuple[Unit, User]:
    return create_organisation(
        world.installer, name="Storsjö kommun", kind=UnitKind.MUNICIPALITY, **ADMINISTRATOR
    )


def test_the_installations_administrator_makes_a_municipality_with_its_administrator(
    world: World,
) -> None:
    municipality, person = _municipality(world)
    assert (municipality.parent_id, municipality.kind) == (None, "municipality")
    assert person.region == municipality
    assert list(RoleAssignment.objects.filter(user=person).values_list("unit", "role")) == [
        (municipality.pk, Role.ADMINISTRATOR)
    ]
    # Both are in the history as made by the installation's administrator.
    assert municipality.history.get().history_user == world.installer
    assert person.history.get().history_user == world.installer
    assert not person.has_usable_password()  # signs in by single sign-on until given one


def test_only_the_installations_administrator_makes_organisations(world: World) -> None:
    for actor in (world.admin, world.outsider, world.nobody):
        with pytest.raises(PermissionDenied):
            create_organisation(actor, name="Ny kommun", kind="municipality", **ADMINISTRATOR)
    # A superuser who belongs to an organisation is that organisation's, not the installation's.
    world.admin.is_superuser = True
    world.admin.save()
    assert not is_installation_administrator(world.admin)
    with pytest.raises(PermissionDenied):
        create_organisation(world.admin, name="Ny kommun", kind="municipality", **ADMINISTRATOR)
    assert not Unit.objects.filter(name="Ny kommun").exists()


def test_a_taken_name_or_user_name_saves_neither(world: World) -> None:
    with pytest.raises(ValidationError) as refusal:
        create_organisation(
            world.installer, name="region norrbotten", kind="region", **ADMINISTRATOR
        )
    assert refusal.value.message_dict["name"] == [
        "Det finns redan en organisation som heter region norrbotten."
    ]
    with pytest.raises(ValidationError) as refusal:
        create_organisation(
            world.installer,
            name="Storsjö kommun",
            kind="municipality",
            **(ADMINISTRATOR | {"username": "karin"}),
        )
    assert "username" in refusal.value.message_dict
    assert not Unit.objects.filter(name="Storsjö kommun").exists()
    with pytest.raises(ValidationError) as refusal:
        create_organisation(world.installer, name="Storsjö", kind="committee", **ADMINISTRATOR)
    assert refusal.value.message_dict["kind"] == ["En organisation är en region eller en kommun."]


def test_units_under_it_are_neither_region_nor_municipality(world: World) -> None:
    municipality, person = _municipality(world)
    with pytest.raises(ValidationError):
        create_unit(person, municipality, name="Kommun i kommunen", kind="municipality")
    board = create_unit(person, municipality, name="Kommunstyrelsen", kind=UnitKind.BOARD)
    with pytest.raises(ValidationError):
        update_unit(person, board, board.version, kind="region")
    # The organisation itself stays one.
    with pytest.raises(ValidationError):
        update_unit(person, municipality, municipality.version, kind="board")
    assert update_unit(person, municipality, municipality.version, kind="region").kind == "region"


def test_the_new_organisation_and_the_regions_see_nothing_of_each_other(
    world: World, client: Client
) -> None:
    municipality, person = _municipality(world)
    person.set_password(PASSWORD)
    person.save()
    board = create_unit(person, municipality, name="Kommunstyrelsen", kind=UnitKind.BOARD)
    matrix = create_matrix(municipality, HSN_MATRIX, actor=person)
    plan = create_plan(person, board, year=2027, title="Kommunstyrelsens plan", matrix=matrix)
    client.force_login(person)
    for url in (
        reverse("organisation:unit", args=[world.committee.pk]),
        reverse("organisation:person", args=[world.controller.pk]),
        reverse("organisation:organisations"),
    ):
        assert client.get(url).status_code in (403, 404), url
    people = client.get(reverse("organisation:people")).content.decode()
    assert "Ida Holm" in people and "Karin" not in people
    client.force_login(world.admin)
    for url in (
        reverse("organisation:unit", args=[board.pk]),
        reverse("internal_control:plan", args=[plan.pk]),
        reverse("internal_control:matrix", args=[matrix.pk]),
        reverse("organisation:person", args=[person.pk]),
    ):
        assert client.get(url).status_code == 404, url
    # The installation's administrator reads none of it either, only the list.
    client.force_login(world.installer)
    for url in (
        reverse("organisation:unit", args=[board.pk]),
        reverse("internal_control:plan", args=[plan.pk]),
        reverse("organisation:person", args=[person.pk]),
    ):
        assert client.get(url).status_code == 404, url
    listed = client.get(reverse("organisation:organisations")).content.decode()
    assert "Storsjö kommun" in listed and "Kommun" in listed
    assert "Kommunstyrelsens plan" not in listed


def test_the_page_makes_the_organisation_and_refuses_a_weak_password(
    world: World, client: Client
) -> None:
    client.force_login(world.installer)
    url = reverse("organisation:organisation_create")
    data = {"name": "Storsjö kommun", "kind": "municipality", **ADMINISTRATOR}
    response = client.post(url, data | {"password": "kort"})
    assert response.status_code == 200
    assert "Lösenord: Det här lösenordet är för kort." in response.content.decode()
    assert not Unit.objects.filter(name="Storsjö kommun").exists()
    response = client.post(url, data | {"password": "ett-langt-losenord-2026"})
    assert response.status_code == 302
    person = User.objects.get(username="admin.storsjo")
    assert person.check_password("ett-langt-losenord-2026")
    listed = client.get(reverse("organisation:organisations")).content.decode()
    assert "Storsjö kommun" in listed
    home = client.get(reverse("home")).content.decode()
    assert 'href="/organisation/organisationer/"' in home
