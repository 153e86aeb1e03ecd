"""A unit's page and the administrator's changes to it: add, rename, move, close, reopen."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.concurrency import EditConflict
from audit.form_flow import submit, submit_versioned
from audit.params import version_param
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.forms import CloseUnitForm, MoveUnitForm, NewUnitForm, UnitForm
from organisation.models import Unit
from organisation.services import units as unit_services


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.select_related("parent"), pk)
    children = unit_policy.scope(request.user, unit.children.all()).order_by("name")
    ancestors = Unit.objects.filter(pk__in=unit.ancestor_ids[:-1]).order_by("path")
    assignments = unit.role_assignments.select_related("user").order_by(
        "role", "user__last_name", "user__first_name"
    )
    return render(
        request,
        "organisation/unit_detail.html",
        {
            "unit": unit,
            "ancestors": ancestors,
            "children": children,
            "assignments": assignments,
            "can_change": unit_policy.can_change(request.user, unit),
            "can_add": unit_policy.can_create_in(request.user, unit),
            "can_view_history": unit_policy.can_view_history(request.user, unit),
            "can_read_plans": grants_of(request.user).has_any(unit),
        },
    )


@login_required
def unit_create(request: HttpRequest, pk: int) -> HttpResponse:
    parent = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), pk)
    if not unit_policy.can_create_in(request.user, parent):
        raise PermissionDenied
    form = NewUnitForm(request.POST or None)
    done = submit(
        request, form, lambda data: unit_services.create_unit(request.user, parent, **data)
    )
    if done.saved:
        messages.success(request, _("The unit %(name)s was created.") % {"name": done.result.name})
        return redirect(done.result)
    return render(request, "organisation/unit_form.html", {"form": form, "parent": parent})


@login_required
def unit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), pk, need="change")
    initial = {f: getattr(unit, f) for f in unit_services.EDITABLE_FIELDS} | {
        "version": unit.version
    }
    form = UnitForm(request.POST or None, initial=initial, is_root=unit.parent_id is None)
    done = submit_versioned(
        request, form, lambda data, v: unit_services.update_unit(request.user, unit, v, **data)
    )
    if done.saved:
        messages.success(request, _("The unit was saved."))
        return redirect(unit)
    return render(
        request,
        "organisation/unit_form.html",
        {"form": form, "unit": unit, "conflict": done.conflict},
    )


@login_required
def unit_move(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), pk, need="change")
    if unit.parent_id is None:
        raise PermissionDenied
    parents = (
        Unit.objects.filter(path__startswith=f"/{unit.region_id}/", closed_on__isnull=True)
        .exclude(path__startswith=unit.path)
        .order_by("path")
    )
    parents = unit_policy.scope(request.user, parents)  # type: ignore[assignment]
    form = MoveUnitForm(
        request.POST or None,
        parents=parents,
        initial={"parent": unit.parent_id, "version": unit.version},
    )
    done = submit_versioned(
        request,
        form,
        lambda data, v: unit_services.move_unit(request.user, unit, data["parent"], v),
    )
    if done.saved:
        messages.success(request, _("The unit was moved."))
        return redirect(unit)
    return render(
        request,
        "organisation/unit_move.html",
        {"form": form, "unit": unit, "conflict": done.conflict},
    )


@login_required
def unit_close(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), pk, need="change")
    form = CloseUnitForm(request.POST or None, initial={"version": unit.version})
    done = submit_versioned(
        request,
        form,
        lambda data, v: unit_services.close_unit(request.user, unit, data["closed_on"], v),
    )
    if done.saved:
        messages.success(request, _("The unit was closed."))
        return redirect(unit)
    return render(
        request,
        "organisation/unit_close.html",
        {"form": form, "unit": unit, "conflict": done.conflict},
    )


@login_required
@require_POST
def unit_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), pk, need="change")
    try:
        unit_services.reopen_unit(request.user, unit, version_param(request.POST.get("version")))
    except EditConflict:
        messages.error(request, _("The unit was changed by someone else. Check it and try again."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The unit was reopened."))
    return redirect(unit)
