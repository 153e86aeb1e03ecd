"""The JSON API: one NinjaAPI under /api/, each domain app contributing its router."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.security import APIKeyCookie, HttpBearer

from audit.concurrency import EditConflict
from followup.services.outcomes import OutcomeConflict
from organisation.services.tokens import user_for_token


class TokenAuth(HttpBearer):
    """A personal API token in `Authorization: Bearer styr_…`."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser session of a logged-in person, with Django's CSRF check on writes."""

    param_name = "sessionid"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:
            return user
        return None


api = NinjaAPI(
    title="styr API",
    version="1",
    description=(
        "Plans, risks, indicators and follow-up of a region. Every endpoint applies the same "
        "permissions as the pages. Authenticate with a personal API token "
        "(`Authorization: Bearer …`) created on your profile page, or with a browser session."
    ),
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(
        request, {"detail": _("The data was not saved."), "errors": errors}, status=422
    )


@api.exception_handler(PermissionDenied)
def permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": _("You do not have permission.")}, status=403)


@api.exception_handler(EditConflict)
def edit_conflict(request: HttpRequest, exc: EditConflict) -> HttpResponse:
    return api.create_response(
        request,
        {
            "detail": _("Someone else changed this meanwhile. Nothing was saved."),
            "current_version": exc.current.version,  # type: ignore[attr-defined]
            "changes": [
                {"field": c.field, "label": c.label, "before": c.before, "after": c.after}
                for c in exc.changes_since
            ],
        },
        status=409,
    )


@api.exception_handler(OutcomeConflict)
def outcome_conflict(request: HttpRequest, exc: OutcomeConflict) -> HttpResponse:
    return api.create_response(
        request,
        {
            "detail": _("Someone else changed this meanwhile. Nothing was saved."),
            "errors": exc.rows,
        },
        status=409,
    )


def _add_routers() -> None:
    from audit.api import router as history_router
    from followup import api_scorecard  # noqa: F401 - adds its routes to followup's router
    from followup.api import router as followup_router
    from internal_control.api import router as internal_control_router
    from organisation.api import people_router, roles_router, units_router
    from planning import api_plan  # noqa: F401 - adds its routes to planning's router
    from planning.api import router as planning_router

    api.add_router("/units", units_router, tags=["organisation"])
    api.add_router("/people", people_router, tags=["organisation"])
    api.add_router("/roles", roles_router, tags=["organisation"])
    api.add_router("/history", history_router, tags=["history"])
    api.add_router("/internal-control", internal_control_router, tags=["internal control"])
    api.add_router("/planning", planning_router, tags=["planning"])
    api.add_router("/follow-up", followup_router, tags=["follow-up"])


_add_routers()
