"""The person's own page: who they are, their roles, and their personal API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from organisation.forms import ApiTokenForm
from organisation.models import ApiToken
from organisation.services.tokens import create_api_token, revoke_api_token


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _token, new_token = create_api_token(request.user, form.cleaned_data["name"])
        form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user=request.user)  # type: ignore[misc]
    assignments = request.user.role_assignments.select_related("unit").order_by(  # type: ignore[union-attr]
        "unit__path", "role"
    )
    return render(
        request,
        "organisation/profile.html",
        {"form": form, "tokens": tokens, "new_token": new_token, "assignments": assignments},
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = ApiToken.objects.filter(pk=pk, user=request.user).first()  # type: ignore[misc]
    if token is None:
        raise Http404
    revoke_api_token(request.user, token)
    messages.success(request, _("The token %(name)s was revoked.") % {"name": token.name})
    return redirect("organisation:profile")
