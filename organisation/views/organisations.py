"""The installation's organisations: listed and made by the installation's administrator."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit
from organisation.access import is_installation_administrator
from organisation.organisation_forms import NewOrganisationForm
from organisation.services import organisations as organisation_services


def _installation_administrator(request: HttpRequest) -> None:
    if not is_installation_administrator(request.user):
        raise PermissionDenied


@login_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    _installation_administrator(request)
    return render(
        request,
        "organisation/organisation_list.html",
        {"organisations": organisation_services.organisations(request.user)},
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    _installation_administrator(request)
    form = NewOrganisationForm(request.POST or None)

    done = submit(
        request,
        form,
        lambda data: organisation_services.create_organisation(request.user, **data)[0],
    )
    if done.saved:
        messages.success(
            request,
            _(
                "%(name)s was created with its administrator. They sign in and define its "
                "tree, people, matrices, words and periods."
            )
            % {"name": done.result.name},
        )
        return redirect("organisation:organisations")
    return render(request, "organisation/organisation_form.html", {"form": form})
