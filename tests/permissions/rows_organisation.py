"""Page rows: log-in, the start page, the organisation tree, people, roles, history."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.sessions.models import Session
from django.db.models import Model
from django.urls import reverse

from organisation.models import ApiToken, RoleAssignment, Unit, User
from tests.conftest import PASSWORD
from tests.permissions.expect import (
    FORBIDDEN,
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Expected,
    Row,
    Write,
    codes,
    history,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = codes(OK)
ADMIN = in_region(FORBIDDEN, admin=OK)
POST_ONLY = codes(NOT_ALLOWED)  # the method is refused before any object is looked up


def _version(obj: Unit | User) -> int:
    return fresh(obj).version


def _history(
    key: str, obj: Callable[[PermWorld], Model], expected: Expected, variant: str = ""
) -> Row:
    return Row(
        "history:object",
        lambda w: reverse("history:object", args=[key, obj(w).pk]),
        expected,
        variant=variant or key,
    )


ROWS = [
    Row("home", lambda w: reverse("home"), EVERYONE),
    Row(
        "login",
        lambda w: reverse("login"),
        codes(FOUND, anonymous=OK),
        # Logging in changes no data of the product; a wrong password is shown on the form.
        Write(
            lambda w: {"username": "per", "password": PASSWORD},
            codes(FOUND),
            None,
        ),
    ),
    Row(
        "password_login",
        lambda w: reverse("password_login"),
        codes(FOUND, anonymous=OK),
        Write(
            lambda w: {"username": "per", "password": PASSWORD},
            codes(FOUND),
            None,
        ),
    ),
    # Sign-in through a provider is switched off here: its two halves do not exist.
    Row(
        "sign_in:start",
        lambda w: reverse("sign_in:start"),
        codes(NOT_FOUND, anonymous=NOT_FOUND),
    ),
    Row(
        "sign_in:callback",
        lambda w: reverse("sign_in:callback"),
        codes(NOT_FOUND, anonymous=NOT_FOUND),
    ),
    # Everyone here has a role, so the page of those without one sends them to the start.
    Row("sign_in:no_role", lambda w: reverse("sign_in:no_role"), codes(FOUND)),
    Row(
        "logout",
        lambda w: reverse("logout"),
        codes(NOT_ALLOWED, anonymous=NOT_ALLOWED),
        Write(lambda w: {}, codes(FOUND), lambda w: Session.objects.count()),
    ),
    Row(
        "set_language",
        lambda w: reverse("set_language"),
        codes(FOUND, anonymous=FOUND),
        Write(lambda w: {"language": "sv", "next": "/"}, codes(FOUND), None),
    ),
    # The API's description holds no data of anyone: it is public, like its documentation.
    Row("api:openapi-json", lambda w: reverse("api:openapi-json"), codes(OK, anonymous=OK)),
    Row("api:openapi-view", lambda w: reverse("api:openapi-view"), codes(OK, anonymous=OK)),
    Row("api:api-root", lambda w: reverse("api:api-root"), codes(NOT_FOUND, anonymous=NOT_FOUND)),
    Row("organisation:tree", lambda w: reverse("organisation:tree"), EVERYONE),
    Row(
        "organisation:unit",
        lambda w: reverse("organisation:unit", args=[w.base.division.pk]),
        in_region(OK),
    ),
    Row(
        "organisation:unit",
        lambda w: reverse("organisation:unit", args=[w.base.council.pk]),
        in_region(OK),
        variant="above one's own, as context",
    ),
    Row(
        "organisation:unit",
        lambda w: reverse("organisation:unit", args=[w.base.board.pk]),
        in_region(NOT_FOUND, admin=OK, auditor=OK),
        variant="sibling committee",
    ),
    Row(
        "organisation:unit_create",
        lambda w: reverse("organisation:unit_create", args=[w.base.division.pk]),
        ADMIN,
        Write(
            lambda w: {"name": "Akutmottagning", "kind": "unit"},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: Unit.objects.count(),
        ),
    ),
    Row(
        "organisation:unit_edit",
        lambda w: reverse("organisation:unit_edit", args=[w.base.division.pk]),
        ADMIN,
        Write(
            lambda w: {
                "name": "Division Medicinsk vård",
                "kind": "division",
                "version": _version(w.base.division),
            },
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: _version(w.base.division),
        ),
    ),
    Row(
        "organisation:unit_move",
        lambda w: reverse("organisation:unit_move", args=[w.base.area.pk]),
        ADMIN,
        Write(
            lambda w: {"parent": w.base.committee.pk, "version": _version(w.base.area)},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: fresh(w.base.area).parent_id,
        ),
    ),
    Row(
        "organisation:unit_close",
        lambda w: reverse("organisation:unit_close", args=[w.base.area.pk]),
        ADMIN,
        Write(
            lambda w: {"closed_on": "2025-12-31", "version": _version(w.base.area)},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: fresh(w.base.area).closed_on,
        ),
    ),
    Row(
        "organisation:unit_reopen",
        lambda w: reverse("organisation:unit_reopen", args=[w.closed_unit.pk]),
        POST_ONLY,
        Write(
            lambda w: {"version": _version(w.closed_unit)},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: fresh(w.closed_unit).closed_on,
        ),
    ),
    Row("organisation:people", lambda w: reverse("organisation:people"), EVERYONE),
    # The installation's organisations are the installation's administrator's alone.
    Row(
        "organisation:organisations",
        lambda w: reverse("organisation:organisations"),
        codes(FORBIDDEN, installer=OK),
    ),
    Row(
        "organisation:organisation_create",
        lambda w: reverse("organisation:organisation_create"),
        codes(FORBIDDEN, installer=OK),
        Write(
            lambda w: {
                "name": "Storsjö kommun",
                "kind": "municipality",
                "username": "admin.storsjo",
                "first_name": "Ida",
                "last_name": "Ny",
            },
            codes(FORBIDDEN, installer=FOUND),
            lambda w: Unit.objects.filter(parent__isnull=True).count(),
        ),
    ),
    Row(
        "organisation:person",
        lambda w: reverse("organisation:person", args=[w.base.owner.pk]),
        in_region(OK),
    ),
    # The other region's administrator adds people to their own region.
    Row(
        "organisation:person_create",
        lambda w: reverse("organisation:person_create"),
        in_region(FORBIDDEN, admin=OK, outsider=OK, installer=FORBIDDEN),
        Write(
            lambda w: {"username": "ny.person", "first_name": "Ny", "last_name": "Person"},
            in_region(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=FORBIDDEN),
            lambda w: User.objects.count(),
        ),
    ),
    Row(
        "organisation:person_edit",
        lambda w: reverse("organisation:person_edit", args=[w.base.owner.pk]),
        ADMIN,
        Write(
            lambda w: {
                "first_name": "Anders",
                "last_name": "Andersson",
                "title": "HR-direktör",
                "is_active": "on",
                "version": _version(w.base.owner),
            },
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: _version(w.base.owner),
        ),
    ),
    Row(
        "organisation:role_add",
        lambda w: reverse("organisation:role_add", args=[w.base.owner.pk]),
        POST_ONLY,
        Write(
            lambda w: {"unit": w.base.division.pk, "role": "reader"},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: RoleAssignment.objects.count(),
        ),
    ),
    Row(
        "organisation:role_remove",
        lambda w: reverse("organisation:role_remove", args=[w.base.reader.pk, w.role.pk]),
        POST_ONLY,
        Write(
            lambda w: {},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: RoleAssignment.objects.count(),
        ),
    ),
    Row(
        "organisation:profile",
        lambda w: reverse("organisation:profile"),
        EVERYONE,
        # Everyone makes tokens of their own; the page shows the new one at once.
        Write(lambda w: {"name": "Datalager"}, codes(OK), lambda w: ApiToken.objects.count()),
    ),
    # A token is its owner's alone: not even the administrator sees it.
    Row(
        "organisation:token_revoke",
        lambda w: reverse("organisation:token_revoke", args=[w.token.pk]),
        POST_ONLY,
        Write(
            lambda w: {},
            codes(NOT_FOUND, controller=FOUND),
            lambda w: fresh(w.token).revoked_at,
        ),
    ),
    Row(
        "history:export",
        lambda w: reverse("history:export"),
        history(OK, outsider=OK, installer=FORBIDDEN),
    ),
    _history("unit", lambda w: w.base.division, history()),
    _history("person", lambda w: w.base.owner, in_region(FORBIDDEN, admin=OK, auditor=OK)),
    _history("role", lambda w: w.role, history()),
    _history("matrix", lambda w: w.matrix, history()),
    _history("plan", lambda w: w.plan, history()),
    _history(
        "plan",
        lambda w: w.board_plan,
        in_region(NOT_FOUND, admin=OK, auditor=OK),
        "plan of the board",
    ),
    _history("risk", lambda w: w.risk, history()),
    _history("assessment", lambda w: w.assessment, history()),
    _history("action", lambda w: w.action, history()),
    _history("control", lambda w: w.control, history()),
    _history("perspective", lambda w: w.perspective, history()),
    _history("goal", lambda w: w.goal, history()),
    _history("assignment", lambda w: w.assignment, history()),
    _history("indicator", lambda w: w.indicator, history()),
    _history("outcome", lambda w: w.outcome, history()),
    # The region's calendar: its history is the region's, read by those with a role there.
    _history("period", lambda w: w.period, in_region(FORBIDDEN, admin=OK, auditor=OK)),
    # A part without a page of its own has no history page either (only the export).
    _history("adoption", lambda w: w.plan_adoption, in_region(NOT_FOUND), "adoption, no page"),
]
