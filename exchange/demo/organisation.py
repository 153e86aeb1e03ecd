"""Load demo_data/organisation.yaml: regions, unit trees, people and roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from organisation.access import SYSTEM
from organisation.models import Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.people import create_person_in_region
from organisation.services.units import create_region

UNIT_FIELDS = ("short_name", "case_prefix")
UNIT_KEYS = {"name", "kind", "units", *UNIT_FIELDS}
PERSON_KEYS = {"username", "first_name", "last_name", "email", "title", "roles"}


def _known_keys(data: dict[str, Any], known: set[str], what: str) -> None:
    """An unknown key is a mistake in the file, e.g. {name: Hud, infektion och medicin}
    where YAML ends the name at the comma and reads the rest as a key of its own."""
    unknown = sorted(str(k) for k in set(data) - known)
    if unknown:
        raise ValueError(f"{what} {data.get('name') or data.get('username')!r}: unknown {unknown}")


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)

    def count(self, what: str) -> None:
        self.created[what] = self.created.get(what, 0) + 1


def load_organisation(data: dict[str, Any], report: LoadReport) -> None:
    password = data["demo_password"]
    for region_data in data["regions"]:
        region = _ensure_region(region_data, report)
        units_by_name = {region.name: region}
        _ensure_children(region, region_data.get("units", []), units_by_name, report)
        for person_data in region_data.get("people", []):
            _ensure_person(region, person_data, units_by_name, password, report)
    for person_data in data.get("installation_administrators", []):
        _ensure_installation_administrator(person_data, password, report)


def _ensure_installation_administrator(
    data: dict[str, Any], password: str, report: LoadReport
) -> None:
    """A person of no organisation who makes organisations (Django's superuser flag)."""
    if not User.objects.filter(username=data["username"]).exists():
        person = User(
            username=data["username"],
            first_name=data.get("first_name", ""),
            last_name=data.get("last_name", ""),
            email=data.get("email", ""),
            is_superuser=True,
        )
        person.set_password(password)
        person.full_clean()
        person.save()
        report.count("people")
    report.logins.append((data["username"], password, "Installationens administratör"))


def _ensure_region(data: dict[str, Any], report: LoadReport) -> Unit:
    region = Unit.objects.filter(parent__isnull=True, name=data["name"]).first()
    if region is None:
        region = create_region(data["name"], short_name=data.get("short_name", ""), actor=SYSTEM)
        report.count("units")
    return region


def _ensure_children(
    parent: Unit, children: list[dict[str, Any]], by_name: dict[str, Unit], report: LoadReport
) -> None:
    for data in children:
        _known_keys(data, UNIT_KEYS, "Unit")
        unit = Unit.objects.filter(parent=parent, name=data["name"]).first()
        if unit is None:
            unit = Unit(parent=parent, name=data["name"], kind=UnitKind(data["kind"]))
            for name in UNIT_FIELDS:
                setattr(unit, name, data.get(name, ""))
            unit.full_clean()
            unit.save()
            report.count("units")
        if data["name"] in by_name:
            raise ValueError(f"Unit name {data['name']!r} is not unique within its region")
        by_name[data["name"]] = unit
        _ensure_children(unit, data.get("units", []), by_name, report)


def _ensure_person(
    region: Unit,
    data: dict[str, Any],
    units_by_name: dict[str, Unit],
    password: str,
    report: LoadReport,
) -> None:
    _known_keys(data, PERSON_KEYS, "Person")
    person = User.objects.filter(username=data["username"]).first()
    if person is None:
        values = {k: data.get(k, "") for k in ("first_name", "last_name", "email", "title")}
        person = create_person_in_region(
            SYSTEM, region, username=data["username"], password=password, **values
        )
        report.count("people")
    role_names = []
    for role_data in data.get("roles", []):
        unit = units_by_name[role_data["unit"]]
        role = Role(role_data["role"])
        _, created = RoleAssignment.objects.get_or_create(user=person, unit=unit, role=role)
        if created:
            report.count("roles")
        role_names.append(f"{role.label} – {unit.name}")
    report.logins.append((person.username, password, "; ".join(str(r) for r in role_names)))
