"""API rows: units, people, roles and the history of objects."""

from __future__ import annotations

from organisation.models import RoleAssignment, Unit, User
from tests.permissions.expect import (
    CREATED,
    FORBIDDEN,
    NO_CONTENT,
    NOT_FOUND,
    OK,
    ApiRow,
    api,
    codes,
    history,
    in_region,
)
from tests.permissions.world import fresh

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
ADMIN_SAVED = api(in_region(FORBIDDEN, admin=OK))


ROWS = [
    ApiRow("GET", "/api/units", EVERYONE),
    ApiRow(
        "POST",
        "/api/units",
        api(in_region(FORBIDDEN, admin=CREATED)),
        body=lambda w: {"parent_id": w.base.division.pk, "name": "Akutmottagning", "kind": "unit"},
        probe=lambda w: Unit.objects.count(),
    ),
    ApiRow("GET", "/api/units/{unit_id}", READ, params=lambda w: {"unit_id": w.base.division.pk}),
    ApiRow(
        "GET",
        "/api/units/{unit_id}",
        api(in_region(NOT_FOUND, admin=OK, auditor=OK)),
        params=lambda w: {"unit_id": w.base.board.pk},
        variant="sibling committee",
    ),
    ApiRow(
        "PATCH",
        "/api/units/{unit_id}",
        ADMIN_SAVED,
        params=lambda w: {"unit_id": w.base.division.pk},
        body=lambda w: {"version": fresh(w.base.division).version, "short_name": "DM"},
        probe=lambda w: fresh(w.base.division).version,
    ),
    ApiRow(
        "POST",
        "/api/units/{unit_id}/move",
        ADMIN_SAVED,
        params=lambda w: {"unit_id": w.base.area.pk},
        body=lambda w: {"version": fresh(w.base.area).version, "parent_id": w.base.committee.pk},
        probe=lambda w: fresh(w.base.area).parent_id,
    ),
    ApiRow(
        "POST",
        "/api/units/{unit_id}/close",
        ADMIN_SAVED,
        params=lambda w: {"unit_id": w.base.area.pk},
        body=lambda w: {"version": fresh(w.base.area).version, "closed_on": "2025-12-31"},
        probe=lambda w: fresh(w.base.area).closed_on,
    ),
    ApiRow(
        "POST",
        "/api/units/{unit_id}/reopen",
        ADMIN_SAVED,
        params=lambda w: {"unit_id": w.closed_unit.pk},
        body=lambda w: {"version": fresh(w.closed_unit).version},
        probe=lambda w: fresh(w.closed_unit).closed_on,
    ),
    ApiRow("GET", "/api/people", EVERYONE),
    # The other region's administrator adds people to their own region.
    ApiRow(
        "POST",
        "/api/people",
        api(in_region(FORBIDDEN, admin=CREATED, outsider=CREATED, installer=FORBIDDEN)),
        body=lambda w: {"username": "ny.person", "first_name": "Ny"},
        probe=lambda w: User.objects.count(),
    ),
    ApiRow("GET", "/api/people/{person_id}", READ, params=lambda w: {"person_id": w.base.owner.pk}),
    ApiRow(
        "PATCH",
        "/api/people/{person_id}",
        ADMIN_SAVED,
        params=lambda w: {"person_id": w.base.owner.pk},
        body=lambda w: {"version": fresh(w.base.owner).version, "title": "HR-direktör"},
        probe=lambda w: fresh(w.base.owner).version,
    ),
    ApiRow("GET", "/api/roles", EVERYONE),
    ApiRow(
        "POST",
        "/api/roles",
        api(in_region(FORBIDDEN, admin=CREATED)),
        body=lambda w: {
            "user_id": w.base.owner.pk,
            "unit_id": w.base.division.pk,
            "role": "reader",
        },
        probe=lambda w: RoleAssignment.objects.count(),
    ),
    ApiRow(
        "DELETE",
        "/api/roles/{assignment_id}",
        api(in_region(FORBIDDEN, admin=NO_CONTENT)),
        params=lambda w: {"assignment_id": w.role.pk},
        probe=lambda w: RoleAssignment.objects.count(),
    ),
    ApiRow(
        "GET",
        "/api/history/{key}/{object_id}",
        api(history()),
        params=lambda w: {"key": "risk", "object_id": w.risk.pk},
        variant="risk",
    ),
    ApiRow(
        "GET",
        "/api/history/{key}/{object_id}",
        api(in_region(FORBIDDEN, admin=OK, auditor=OK)),
        params=lambda w: {"key": "person", "object_id": w.base.owner.pk},
        variant="person",
    ),
    ApiRow(
        "GET",
        "/api/history/{key}/{object_id}",
        api(in_region(NOT_FOUND, admin=OK, auditor=OK)),
        params=lambda w: {"key": "plan", "object_id": w.board_plan.pk},
        variant="plan of the board",
    ),
    ApiRow(
        "GET",
        "/api/history/{key}/{object_id}",
        api(history()),
        params=lambda w: {"key": "outcome", "object_id": w.outcome.pk},
        variant="outcome",
    ),
]
