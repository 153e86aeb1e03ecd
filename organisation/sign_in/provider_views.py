"""The two halves of sign-in through the provider, and the pages where it stops.

Whatever goes wrong (the person cancels, the state is unknown, the provider is down or
answers with something that does not check out) ends on a page in the person's language,
and is logged; nothing here answers with a server error.
"""

from __future__ import annotations

import logging
from typing import Any

import jwt
import requests
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from organisation.access import grants_of
from organisation.sign_in.people import INACTIVE, MISCONFIGURED, SignInRefused
from organisation.sign_in.provider import ProviderUnavailable, endpoints, provider_name
from organisation.sign_in.rules import Decision

logger = logging.getLogger(__name__)

# Why a sign-in stopped: (HTTP status, heading, explanation).
STOPS: dict[str, tuple[int, Any, Any]] = {
    "cancelled": (
        403,
        _("The sign-in was cancelled"),
        _(
            "You did not finish signing in with %(provider)s, or did not let styr use your "
            "account. You can try again."
        ),
    ),
    "expired": (
        400,
        _("The sign-in could not be finished"),
        _(
            "The sign-in took too long, was started in another window or was already used. "
            "Start again from the log-in page."
        ),
    ),
    "provider_down": (
        502,
        _("The sign-in service does not answer"),
        _(
            "styr could not reach %(provider)s. Try again in a while; if it goes on, tell "
            "the administrators of styr in your region."
        ),
    ),
    "provider_error": (
        502,
        _("The sign-in could not be finished"),
        _(
            "%(provider)s answered in a way styr could not accept. Try again; if it goes on, "
            "tell the administrators of styr in your region."
        ),
    ),
    Decision.UNKNOWN.value: (
        403,
        _("You are not a user of styr"),
        _(
            "%(provider)s knows you, but styr does not, and your organisation does not add "
            "people to styr when they first sign in. Ask the administrators of styr in your "
            "region to add you."
        ),
    ),
    Decision.AMBIGUOUS.value: (
        403,
        _("styr could not tell who you are"),
        _(
            "More than one person in styr matches your account. Ask the administrators of "
            "styr in your region to correct this."
        ),
    ),
    Decision.NO_IDENTITY.value: (
        403,
        _("Your account cannot be used in styr"),
        _(
            "%(provider)s did not tell styr who you are. Ask the administrators of styr in "
            "your region for help."
        ),
    ),
    Decision.CANNOT_CREATE.value: (
        403,
        _("You could not be added to styr"),
        _(
            "styr could not add you as a new person from your account. Ask the "
            "administrators of styr in your region to add you."
        ),
    ),
    INACTIVE: (
        403,
        _("Your account in styr is deactivated"),
        _("Ask the administrators of styr in your region if you should have access again."),
    ),
    MISCONFIGURED: (
        503,
        _("Sign-in is not set up correctly"),
        _(
            "styr's sign-in with %(provider)s is not set up correctly. Tell the "
            "administrators of styr in your region."
        ),
    ),
}


def stopped(request: HttpRequest, reason: str) -> HttpResponse:
    status, heading, text = STOPS[reason]
    return render(
        request,
        "registration/sign_in_stopped.html",
        {"heading": heading, "text": text % {"provider": provider_name()}, "reason": reason},
        status=status,
    )


class SignInStart(OIDCAuthenticationRequestView):
    """Send the person to the provider, with state, nonce and a PKCE challenge kept."""

    def __init__(self, **kwargs: Any) -> None:
        View.__init__(self, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        if not settings.OIDC_ENABLED:
            raise Http404
        try:
            found = endpoints()
        except ProviderUnavailable as exc:
            logger.error("Sign-in could not start: %s", exc)
            return stopped(request, "provider_down")
        self.OIDC_OP_AUTH_ENDPOINT = found.authorization
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        response: HttpResponse = super().get(request)
        return response


class SignInCallback(OIDCAuthenticationCallbackView):
    """Where the provider sends the person back: the code exchanged and the person found."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not settings.OIDC_ENABLED:
            raise Http404
        state = request.GET.get("state")
        if not request.GET.get("error") and (
            "code" not in request.GET or state not in request.session.get("oidc_states", {})
        ):
            logger.warning("Sign-in callback with an unknown or missing state")
            return stopped(request, "expired")
        try:
            response: HttpResponse = super().get(request)
        except SignInRefused as refusal:
            return stopped(request, refusal.reason)
        except (ProviderUnavailable, requests.RequestException) as exc:
            logger.error("Sign-in failed at the provider: %s", exc)
            return stopped(request, "provider_down")
        except (SuspiciousOperation, jwt.PyJWTError) as exc:
            logger.warning("Sign-in refused an answer of the provider: %s", exc)
            return stopped(request, "provider_error")
        return response

    def login_failure(self) -> HttpResponse:
        error = self.request.GET.get("error")
        if error:
            logger.warning(
                "The provider ended the sign-in: %s %s",
                error,
                self.request.GET.get("error_description", ""),
            )
            return stopped(
                self.request, "cancelled" if error == "access_denied" else "provider_error"
            )
        logger.warning("Sign-in failed: the provider's answer gave no person")
        return stopped(self.request, "provider_error")

    def login_success(self) -> HttpResponse:
        response: HttpResponse = super().login_success()
        if not grants_of(self.user).grants:
            return redirect("sign_in:no_role")
        return response
