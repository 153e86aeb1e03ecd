"""The rules of signing in, as plain functions: matching, creating, passwords, groups."""

from __future__ import annotations

import pytest

from organisation.sign_in.rules import (
    Decision,
    GroupRole,
    decide,
    groups_of,
    identity_of,
    passwords_allowed_for,
    role_changes,
    username_for,
)


def test_the_configured_claim_identifies_the_person() -> None:
    claims = {"sub": "abc", "preferred_username": " karin ", "email": "karin@example.se"}
    assert identity_of(claims, "preferred_username", "username") == "karin"
    assert identity_of(claims, "email", "email") == "karin@example.se"
    assert identity_of(claims, "oid", "username") is None


@pytest.mark.parametrize("value", [None, "", "   ", 42, ["karin"]])
def test_a_missing_or_odd_claim_identifies_nobody(value: object) -> None:
    assert identity_of({"preferred_username": value}, "preferred_username", "username") is None


def test_an_email_the_provider_marks_unverified_identifies_nobody() -> None:
    claims = {"email": "karin@example.se", "email_verified": False}
    assert identity_of(claims, "email", "email") is None
    assert identity_of(claims | {"email_verified": True}, "email", "email") == "karin@example.se"
    # Providers that say nothing about verification (Entra ID) are taken at their word.
    assert identity_of({"email": "karin@example.se"}, "email", "email") == "karin@example.se"


def test_one_match_signs_the_person_in_whether_or_not_people_are_created() -> None:
    assert decide("karin", 1, may_create=False) is Decision.MATCHED
    assert decide("karin", 1, may_create=True) is Decision.MATCHED


def test_nobody_matching_is_created_only_where_the_organisation_allows_it() -> None:
    assert decide("ny.person", 0, may_create=False) is Decision.UNKNOWN
    assert decide("ny.person", 0, may_create=True) is Decision.CREATE


def test_more_than_one_match_signs_nobody_in() -> None:
    assert decide("karin", 2, may_create=True) is Decision.AMBIGUOUS


def test_no_identity_signs_nobody_in() -> None:
    assert decide(None, 0, may_create=True) is Decision.NO_IDENTITY


def test_a_value_that_cannot_be_a_user_name_is_not_created() -> None:
    assert decide("Karin Berg", 0, may_create=True) is Decision.CANNOT_CREATE
    assert decide("x" * 151, 0, may_create=True) is Decision.CANNOT_CREATE
    assert username_for("karin.berg@regionjh.se") == "karin.berg@regionjh.se"
    assert username_for("Karin Berg") is None


def test_passwords_are_for_everyone_while_they_are_on() -> None:
    assert passwords_allowed_for("karin", local_passwords=True, administrators=[])


def test_passwords_off_leaves_them_to_the_named_administrators_only() -> None:
    named = ["admin.rjh", "Drift"]
    assert passwords_allowed_for("admin.rjh", local_passwords=False, administrators=named)
    assert passwords_allowed_for("drift", local_passwords=False, administrators=named)
    assert not passwords_allowed_for("karin", local_passwords=False, administrators=named)
    assert not passwords_allowed_for("karin", local_passwords=False, administrators=[])


def test_groups_are_a_list_or_one_value() -> None:
    assert groups_of({"groups": ["a", "b", 3]}, "groups") == {"a", "b"}
    assert groups_of({"groups": "a"}, "groups") == {"a"}
    assert groups_of({"roles": ["a"]}, "groups") == frozenset()
    assert groups_of({"groups": {"a": 1}}, "groups") == frozenset()


MAPPING = [
    GroupRole("hsn-controllers", "HSN", "controller"),
    GroupRole("hsn-readers", "HSN", "reader", managed=True),
    GroupRole("rs-owners", "RS", "owner"),
]


def test_a_group_adds_its_role_and_hand_given_roles_stay() -> None:
    changes = role_changes(MAPPING, {"hsn-controllers"}, {("RS", "auditor")})
    assert changes.add == {("HSN", "controller")}
    assert changes.remove == frozenset()


def test_a_role_already_held_is_not_added_again() -> None:
    changes = role_changes(MAPPING, {"hsn-controllers"}, {("HSN", "controller")})
    assert changes.add == frozenset() and changes.remove == frozenset()


def test_an_unmanaged_role_stays_when_the_group_is_gone() -> None:
    changes = role_changes(MAPPING, set(), {("RS", "owner"), ("HSN", "controller")})
    assert changes.remove == frozenset()


def test_a_managed_role_goes_when_the_group_is_gone_even_if_given_by_hand() -> None:
    changes = role_changes(MAPPING, {"rs-owners"}, {("HSN", "reader")})
    assert changes.add == {("RS", "owner")}
    assert changes.remove == {("HSN", "reader")}


def test_a_managed_role_stays_while_the_group_gives_it() -> None:
    changes = role_changes(MAPPING, {"hsn-readers"}, {("HSN", "reader")})
    assert changes.add == frozenset() and changes.remove == frozenset()
