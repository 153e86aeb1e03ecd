"""The group mapping file: what it may say, and that a wrong one names its setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from organisation.models import Role
from organisation.sign_in.group_roles import load_group_roles, parse_group_roles
from organisation.sign_in.rules import GroupRole

ROLES = Role.values


def test_entries_become_group_roles_unmanaged_unless_said() -> None:
    data = [
        {"group": " g-1 ", "unit": "HSN", "role": "controller"},
        {"group": "g-2", "unit": "Division Medicin", "role": "reader", "managed": True},
    ]
    assert parse_group_roles(data, ROLES) == (
        GroupRole("g-1", "HSN", "controller", managed=False),
        GroupRole("g-2", "Division Medicin", "reader", managed=True),
    )


def test_an_empty_file_maps_nothing() -> None:
    assert parse_group_roles(None, ROLES) == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"group": "g", "unit": "HSN", "role": "reader"}, "must be a list"),
        (["g"], "entry 1 must be a mapping"),
        ([{"group": "g", "unit": "HSN"}], "entry 1 needs role"),
        ([{"group": "", "unit": "HSN", "role": "reader"}], "entry 1 needs group"),
        ([{"group": "g", "unit": "HSN", "role": "chef"}], "role must be one of"),
        ([{"group": "g", "unit": "HSN", "role": "reader", "managed": "ja"}], "managed must be"),
        ([{"group": "g", "unit": "HSN", "role": "reader", "roles": "x"}], "unknown keys: roles"),
    ],
)
def test_a_wrong_entry_is_named(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_group_roles(data, ROLES)


def test_a_file_is_read_and_read_again_when_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text("- {group: g, unit: HSN, role: reader}\n", encoding="utf-8")
    assert load_group_roles(str(path), ROLES) == (GroupRole("g", "HSN", "reader"),)
    path.write_text("- {group: g, unit: HSN, role: controller}\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_group_roles(str(path), ROLES) == (GroupRole("g", "HSN", "controller"),)


def test_no_file_maps_nothing() -> None:
    assert load_group_roles("", ROLES) == ()


def test_a_missing_or_wrong_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ImproperlyConfigured, match="OIDC_GROUP_ROLES_FILE: cannot read"):
        load_group_roles(str(tmp_path / "missing.yaml"), ROLES)
    path = tmp_path / "bad.yaml"
    path.write_text("- {group: g, unit: HSN, role: chef}\n", encoding="utf-8")
    with pytest.raises(ImproperlyConfigured, match=r"OIDC_GROUP_ROLES_FILE: .*role must be"):
        load_group_roles(str(path), ROLES)
    path.write_text("- [unclosed\n", encoding="utf-8")
    with pytest.raises(ImproperlyConfigured, match="OIDC_GROUP_ROLES_FILE"):
        load_group_roles(str(path), ROLES)
