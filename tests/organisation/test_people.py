"""The administrator adds people, edits them and gives and removes roles."""

from __future__ import annotations

from django.urls import reverse

from organisation.access import grants_of
from organisation.models import Role, RoleAssignment, User
from tests.conftest import World


def test_add_person_with_password(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:person_create"),
        {
            "username": "ny.person",
            "first_name": "Ny",
            "last_name": "Person",
            "email": "ny@example.org",
            "title": "Miljöstrateg",
            "password": "ett-langt-losenord-2026",
        },
    )
    assert response.status_code == 302
    person = User.objects.get(username="ny.person")
    assert person.region == world.region
    assert person.check_password("ett-langt-losenord-2026")


def test_weak_password_is_refused_with_a_swedish_message(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:person_create"),
        {"username": "svag", "first_name": "S", "last_name": "V", "password": "123"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="svag").exists()
    assert "Det här lösenordet är för kort" in response.content.decode()


def test_duplicate_user_name_is_refused(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    response = client.post(
        reverse("organisation:person_create"),
        {"username": "KARIN", "first_name": "K", "last_name": "H"},
    )
    assert response.status_code == 200
    assert "Användarnamnet är redan upptaget." in response.content.decode()


def test_give_and_remove_role(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    person = world.nobody
    response = client.post(
        reverse("organisation:role_add", args=[person.pk]),
        {"unit": world.division.pk, "role": Role.OWNER},
    )
    assert response.status_code == 302
    assignment = RoleAssignment.objects.get(user=person)
    assert assignment.unit == world.division
    response = client.post(reverse("organisation:role_remove", args=[person.pk, assignment.pk]))
    assert response.status_code == 302
    assert not RoleAssignment.objects.filter(user=person).exists()
    # The removal is in the history too.
    assert RoleAssignment.history.filter(id=assignment.pk, history_type="-").exists()


def test_role_on_another_regions_unit_is_refused(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.admin)
    client.post(
        reverse("organisation:role_add", args=[world.nobody.pk]),
        {"unit": world.other_division.pk, "role": Role.READER},
    )
    assert not RoleAssignment.objects.filter(user=world.nobody).exists()


def test_controller_cannot_give_roles(world: World, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    response = client.post(
        reverse("organisation:role_add", args=[world.nobody.pk]),
        {"unit": world.division.pk, "role": Role.ADMINISTRATOR},
    )
    assert response.status_code in (302, 403)
    assert not RoleAssignment.objects.filter(user=world.nobody).exists()


def test_role_applies_to_everything_below(world: World) -> None:
    grants = grants_of(world.controller)
    assert grants.roles_at(world.area) == {Role.CONTROLLER}
    assert grants.roles_at(world.board) == frozenset()
    assert grants.roles_at(world.other_division) == frozenset()


def test_deactivated_person_cannot_log_in(world: World, login, client) -> None:  # type: ignore[no-untyped-def]
    admin = login(world.admin)
    response = admin.post(
        reverse("organisation:person_edit", args=[world.reader.pk]),
        {"first_name": "Per", "last_name": "L", "email": "", "title": "", "version": 1},
    )
    assert response.status_code == 302
    world.reader.refresh_from_db()
    assert world.reader.is_active is False
    client.logout()
    response = client.post(
        reverse("login"), {"username": "per", "password": "correct-horse-battery"}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_login_is_throttled(world: World, client) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        client.post(reverse("login"), {"username": "karin", "password": "fel"})
    response = client.post(
        reverse("login"), {"username": "karin", "password": "correct-horse-battery"}
    )
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()


def test_login_page_is_swedish_and_english_is_selectable(world: World, client) -> None:  # type: ignore[no-untyped-def]
    page = client.get(reverse("login")).content.decode()
    assert '<html lang="sv">' in page
    assert "Logga in i styr" in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("login")).content.decode()
    assert '<html lang="en">' in page
    assert "Log in to styr" in page


def test_an_english_browser_still_gets_swedish(world: World, client) -> None:  # type: ignore[no-untyped-def]
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Logga in i styr" in page
