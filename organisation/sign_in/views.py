"""The log-in pages and the page of a signed-in person who has no role yet."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from organisation.access import grants_of, is_installation_administrator
from organisation.models import Role, User
from organisation.sign_in.forms import PasswordLoginForm
from organisation.sign_in.provider import provider_name


class LogInPage(auth_views.LoginView):
    """The log-in page: the provider's button, and the password form where passwords are on."""

    authentication_form = PasswordLoginForm
    redirect_authenticated_user = True
    password_page = False

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        oidc = settings.OIDC_ENABLED
        show_form = not oidc or settings.LOCAL_PASSWORDS or self.password_page
        return context | {
            "oidc_enabled": oidc,
            "provider_name": provider_name(),
            "show_password_form": show_form,
            "password_page_link": oidc and not show_form,
        }


class PasswordLogInPage(LogInPage):
    """The password form on its own, for the administrators who keep a password of styr."""

    password_page = True


@login_required
def no_role(request: HttpRequest) -> HttpResponse:
    """Who to ask for a role, for a person who has signed in but has none."""
    if grants_of(request.user).grants or is_installation_administrator(request.user):
        return redirect("home")
    region_id = request.user.region_id  # type: ignore[union-attr]
    administrators = (
        User.objects.filter(
            is_active=True,
            role_assignments__role=Role.ADMINISTRATOR,
            role_assignments__unit_id=region_id,
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
        if region_id is not None
        else User.objects.none()
    )
    return render(
        request,
        "registration/no_role.html",
        {"administrators": administrators, "region": request.user.region},  # type: ignore[union-attr]
    )
