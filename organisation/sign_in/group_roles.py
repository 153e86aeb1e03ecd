"""The mapping from the provider's groups to roles on units, kept as a YAML file.

The file (named by OIDC_GROUP_ROLES_FILE) is a list of entries:

    - group: 5f0c2a1e-…            # a value of the groups claim
      unit: HSN                    # a unit of the person's region: short name or name
      role: controller             # administrator, controller, owner, reader or auditor
      managed: true                # optional, false by default

An entry gives its role to everyone in its group at each sign-in. Where `managed` is true,
the provider alone decides that role on that unit: a person no longer in the group loses
it, even if it was given in styr by hand. Otherwise roles are only ever added.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

import yaml
from django.core.exceptions import ImproperlyConfigured

from organisation.sign_in.rules import GroupRole

SETTING = "OIDC_GROUP_ROLES_FILE"
_KEYS = {"group", "unit", "role", "managed"}


def parse_group_roles(data: object, roles: Collection[str]) -> tuple[GroupRole[str], ...]:
    """The entries of the mapping; a ValueError names the first entry that is wrong."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValueError("the mapping must be a list of entries")
    entries = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ValueError(f"entry {number} must be a mapping of group, unit and role")
        unknown = set(item) - _KEYS
        if unknown:
            raise ValueError(f"entry {number} has unknown keys: {', '.join(sorted(unknown))}")
        for key in ("group", "unit", "role"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise ValueError(f"entry {number} needs {key} as text")
        if item["role"] not in roles:
            raise ValueError(
                f"entry {number}: role must be one of {', '.join(roles)}, got {item['role']!r}"
            )
        managed = item.get("managed", False)
        if not isinstance(managed, bool):
            raise ValueError(f"entry {number}: managed must be true or false")
        entries.append(
            GroupRole(
                group=item["group"].strip(),
                unit=item["unit"].strip(),
                role=item["role"],
                managed=managed,
            )
        )
    return tuple(entries)


def load_group_roles(path: str, roles: Collection[str]) -> tuple[GroupRole[str], ...]:
    """The mapping in the file at `path` (none for no path); bad content stops with its name."""
    if not path:
        return ()
    try:
        mtime = Path(path).stat().st_mtime_ns
    except OSError as exc:
        raise ImproperlyConfigured(f"{SETTING}: cannot read {path}: {exc}") from exc
    return _load(path, mtime, tuple(roles))


@lru_cache(maxsize=4)
def _load(path: str, mtime: int, roles: tuple[str, ...]) -> tuple[GroupRole[str], ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return parse_group_roles(data, roles)
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ImproperlyConfigured(f"{SETTING}: {path}: {exc}") from exc
