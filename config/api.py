"""The JSON API: one NinjaAPI under /api/, each domain app contributing its router.

Every answer of the API is JSON. A refusal has a `detail` in the person's language, and a
422 names each refused field (see config/api_errors.py); no address or method under /api/
answers Django's HTML pages.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import URLPattern, URLResolver, re_path
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestValidationError
from ninja.parser import Parser
from ninja.security import APIKeyCookie, HttpBearer
from ninja.types import DictStrAny

from audit.api_refusals import refusals
from audit.concurrency import EditConflict
from config.api_errors import errors_by_field
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

    def _get_key(self, request: HttpRequest) -> str | None:
        # Without a session there is nothing to protect: the request is unauthenticated (401).
        if self.param_name not in request.COOKIES:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:
            return user
        return None


class NotJson(Exception):
    """A request body sent as something other than JSON."""


class JsonParser(Parser):
    """Bodies are JSON, and say so in their Content-Type."""

    def parse_body(self, request: HttpRequest) -> DictStrAny:
        content_type = request.content_type or ""
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise NotJson(content_type)
        return super().parse_body(request)


def _refusal(request: HttpRequest, status: int, detail: str) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


def _json_answers(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """The view, with Django's bare 404 and 405 answers turned into the API's JSON refusals."""

    @wraps(view)
    def answer(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            return _refusal(request, 404, _("There is no such address in the API."))
        if response.status_code == 405 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            allowed = response.get("Allow", "")
            refused = _refusal(
                request,
                405,
                _("The method %(method)s is not allowed here; use %(allowed)s.")
                % {"method": request.method, "allowed": allowed},
            )
            refused["Allow"] = allowed
            return refused
        return response

    answer.csrf_exempt = True  # type: ignore[attr-defined]
    return answer


def _unknown_address(request: HttpRequest, rest: str = "") -> HttpResponse:
    return _refusal(request, 404, _("There is no such address in the API."))


class StyrAPI(NinjaAPI):
    def _get_urls(self) -> list[URLResolver | URLPattern]:
        patterns = super()._get_urls()
        for pattern in patterns:
            if isinstance(pattern, URLPattern):
                pattern.callback = _json_answers(pattern.callback)
        patterns.append(re_path(r"^(?P<rest>.*)$", _json_answers(_unknown_address)))
        return patterns


api = StyrAPI(
    title="styr API",
    version="1",
    description=(
        "Plans, risks, indicators and follow-up of a region. Every endpoint applies the same "
        "permissions as the pages. Authenticate with a personal API token "
        "(`Authorization: Bearer …`) created on your profile page, or with a browser session. "
        "Every refusal is JSON with a `detail` in Swedish; 422 also names each refused field "
        "by its path (`rows.2.total`, rows counted from 1) in `errors`."
    ),
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
    parser=JsonParser(),
)


@api.exception_handler(RequestValidationError)
def request_invalid(request: HttpRequest, exc: RequestValidationError) -> HttpResponse:
    return api.create_response(
        request,
        {
            "detail": _("Some values of the request are not valid."),
            "errors": errors_by_field(exc.errors),
        },
        status=422,
    )


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(
        request, {"detail": _("The data was not saved."), "errors": errors}, status=422
    )


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(
        request, {"detail": _("There is no such object, or you may not see it.")}, status=404
    )


@api.exception_handler(AuthenticationError)
def not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request,
        {"detail": _("Log in, or send a valid API token (Authorization: Bearer …).")},
        status=401,
    )


@api.exception_handler(HttpError)
def refused(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc.__cause__, NotJson):
        status, detail = 415, _("Send the body as JSON (Content-Type: application/json).")
    elif exc.status_code == 400:
        status, detail = 400, _("The request body is not valid JSON.")
    elif exc.status_code == 403:
        status, detail = 403, _("The CSRF check failed: send the session's CSRF token.")
    else:
        status, detail = exc.status_code, _("The request was refused.")
    return api.create_response(request, {"detail": detail}, status=status)


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


def _document_refusals() -> None:
    """Document on every operation the refusals that follow from its shape alone.

    401 everywhere; 422 where there are parameters or a body; 404 where the path names an
    object; 400 and 415 where there is a body. The refusals that follow from permissions and
    versions (403, 409, a 404 for an id in the body) each operation documents itself.
    """
    for bound in api._get_bound_routers():
        for path_view in bound.path_operations.values():
            for operation in path_view.operations:
                sources = {model.__ninja_param_source__ for model in operation.models}
                statuses = [401]
                if sources:
                    statuses.append(422)
                if "path" in sources:
                    statuses.append(404)
                if "body" in sources:
                    statuses += [400, 415]
                for status, schema in refusals(*statuses).items():
                    if status not in operation.response_models:
                        model = operation._create_response_model(schema)
                        operation.response_models[status] = model


def _add_routers() -> None:
    from audit.api import router as history_router
    from economy.api import router as economy_router
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
    api.add_router("/economy", economy_router, tags=["economy"])


_add_routers()
_document_refusals()
