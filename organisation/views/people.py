"""People of the region and their roles, managed by the region's administrators."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from organisation.access import get_visible_or_404, unit_policy, user_policy
from organisation.forms import NewPersonForm, PersonForm, RoleForm, person_initial
from organisation.models import RoleAssignment, Unit, User
from organisation.models.role import Role
from organisation.services import people as people_services

PAGE_SIZE = 50


@login_required
def people_list(request: HttpRequest) -> HttpResponse:
    people = user_policy.scope(request.user, User.objects.all())
    query = request.GET.get("q", "").strip()
    if query:
        people = people.filter(
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(username__icontains=query)
            | Q(title__icontains=query)
        )
    page = Paginator(people.order_by("last_name", "first_name", "username"), PAGE_SIZE).get_page(
        request.GET.get("sida")
    )
    return render(
        request,
        "organisation/people_list.html",
        {
            "page": page,
            "query": query,
            "can_manage_people": user_policy.can_manage_people(request.user),
        },
    )


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_visible_or_404(request.user, user_policy, User.objects.all(), pk)
    # Roles on units the reader may not see do not exist for them, as the units do not.
    assignments = [
        a
        for a in person.role_assignments.select_related("unit").order_by("unit__path", "role")
        if unit_policy.can_view(request.user, a.unit)
    ]
    manageable = [a for a in assignments if unit_policy.can_manage_roles(request.user, a.unit)]
    units = unit_policy.scope(
        request.user,
        Unit.objects.filter(closed_on__isnull=True, path__startswith=f"/{person.region_id}/"),
    ).order_by("path")
    manageable_units = [u for u in units if unit_policy.can_manage_roles(request.user, u)]
    role_form = RoleForm(units=Unit.objects.filter(pk__in=[u.pk for u in manageable_units]))
    return render(
        request,
        "organisation/person_detail.html",
        {
            "person": person,
            "assignments": assignments,
            "manageable_ids": {a.pk for a in manageable},
            "role_form": role_form if manageable_units else None,
            "can_change": user_policy.can_change(request.user, person),
            "can_view_history": user_policy.can_view_history(request.user, person),
        },
    )


@login_required
def person_create(request: HttpRequest) -> HttpResponse:
    if not user_policy.can_manage_people(request.user):
        raise PermissionDenied
    form = NewPersonForm(request.POST or None)
    done = submit(request, form, lambda data: people_services.create_person(request.user, **data))
    if done.saved:
        messages.success(request, _("%(name)s was added.") % {"name": done.result})
        return redirect(done.result)
    return render(request, "organisation/person_form.html", {"form": form})


@login_required
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_visible_or_404(request.user, user_policy, User.objects.all(), pk, need="change")
    form = PersonForm(request.POST or None, initial=person_initial(person))
    done = submit_versioned(
        request,
        form,
        lambda data, v: people_services.update_person(request.user, person, v, **data),
    )
    if done.saved:
        messages.success(request, _("The person was saved."))
        return redirect(person)
    return render(
        request,
        "organisation/person_form.html",
        {"form": form, "person": person, "conflict": done.conflict},
    )


@login_required
@require_POST
def role_add(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_visible_or_404(request.user, user_policy, User.objects.all(), pk)
    units = unit_policy.scope(
        request.user, Unit.objects.filter(path__startswith=f"/{person.region_id}/")
    )
    form = RoleForm(request.POST, units=units)
    if form.is_valid():
        unit = form.cleaned_data["unit"]
        if not unit_policy.can_manage_roles(request.user, unit):
            raise PermissionDenied
        try:
            people_services.assign_role(request.user, person, unit, Role(form.cleaned_data["role"]))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The role was given."))
    else:
        for field_errors in form.errors.values():
            for text in field_errors:
                messages.error(request, str(text))
    return redirect(person)


@login_required
@require_POST
def role_remove(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    person = get_visible_or_404(request.user, user_policy, User.objects.all(), pk)
    assignment = _assignment_or_404(request, person, assignment_pk)
    try:
        people_services.remove_role(request.user, assignment)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The role was removed."))
    return redirect(person)


def _assignment_or_404(request: HttpRequest, person: User, assignment_pk: int) -> RoleAssignment:
    assignment = (
        RoleAssignment.objects.select_related("unit", "user")
        .filter(user=person, pk=assignment_pk)
        .first()
    )
    if assignment is None or not unit_policy.can_view(request.user, assignment.unit):
        raise Http404
    if not unit_policy.can_manage_roles(request.user, assignment.unit):
        raise PermissionDenied
    return assignment
