"""Risk matrices of the region: read by all, changed by administrators as a new edition."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_errors import add_service_errors
from internal_control.access import matrix_policy, plan_policy
from internal_control.models import Axis, RiskMatrix
from internal_control.scoring import by_bounds
from internal_control.services.matrices import is_in_use, matrix_spec, new_edition
from organisation.access import get_visible_or_404, grants_of
from organisation.models import Unit


@login_required
def matrix_list(request: HttpRequest) -> HttpResponse:
    matrices = matrix_policy.scope(request.user, RiskMatrix.objects.select_related("unit"))
    return render(
        request,
        "internal_control/matrix_list.html",
        {
            "matrices": matrices.order_by("name", "-edition"),
            "can_create": can_create_matrix(request.user),
        },
    )


def matrix_region(user: Any) -> Unit | None:
    """The person's region when they may make a new matrix there (its administrators)."""
    region_id = grants_of(user).region_id
    region = Unit.objects.filter(pk=region_id).first() if region_id else None
    return region if region is not None and matrix_policy.can_create_in(user, region) else None


def can_create_matrix(user: Any) -> bool:
    return matrix_region(user) is not None


@login_required
def matrix_detail(request: HttpRequest, pk: int) -> HttpResponse:
    matrix = get_visible_or_404(request.user, matrix_policy, RiskMatrix.objects.all(), pk)
    levels = list(matrix.levels.all())
    return render(
        request,
        "internal_control/matrix_detail.html",
        {
            "matrix": matrix,
            "probabilities": [lv for lv in levels if lv.axis == Axis.PROBABILITY],
            "severities": [lv for lv in levels if lv.axis == Axis.SEVERITY],
            "classes": matrix.classes.all(),
            "plans": plan_policy.scope(request.user, matrix.plans.select_related("unit")).order_by(
                "-year"
            ),
            "in_use": is_in_use(matrix),
            "can_change": matrix_policy.can_change(request.user, matrix),
        },
    )


def edition_form(spec: dict[str, Any], data: Any = None) -> forms.Form:
    """A form over the labels of every level and the response and bounds of every class."""
    form = forms.Form(data)
    form.fields["probability_name"] = forms.CharField(
        label=gettext_lazy("Name of the probability scale"), initial=spec["probability_name"]
    )
    form.fields["severity_name"] = forms.CharField(
        label=gettext_lazy("Name of the severity scale"), initial=spec["severity_name"]
    )
    for axis in ("probability", "severity"):
        for level in spec[axis]:
            form.fields[f"{axis}_{level['value']}"] = forms.CharField(
                label=f"{spec[axis + '_name']} {level['value']}",
                initial=level["label"],
                required=False,
                help_text=gettext_lazy("Leave empty to show the value only."),
            )
    for cls in spec["classes"]:
        code = cls["code"]
        form.fields[f"class_{code}_response"] = forms.CharField(
            label=_("%(code)s: prescribed response") % {"code": code}, initial=cls["response"]
        )
        if by_bounds(spec["scoring"]):
            form.fields[f"class_{code}_min"] = forms.IntegerField(
                label=_("%(code)s: lowest score") % {"code": code},
                initial=cls["min_score"],
                min_value=0,
            )
            form.fields[f"class_{code}_max"] = forms.IntegerField(
                label=_("%(code)s: highest score") % {"code": code},
                initial=cls["max_score"],
                min_value=0,
            )
    return form


def apply_edition_form(spec: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    changed = dict(spec)
    changed["probability_name"] = data["probability_name"]
    changed["severity_name"] = data["severity_name"]
    for axis in ("probability", "severity"):
        changed[axis] = [
            level | {"label": data[f"{axis}_{level['value']}"]} for level in spec[axis]
        ]
    classes = []
    for cls in spec["classes"]:
        code = cls["code"]
        updated = cls | {"response": data[f"class_{code}_response"]}
        if by_bounds(spec["scoring"]):
            updated |= {
                "min_score": data[f"class_{code}_min"],
                "max_score": data[f"class_{code}_max"],
            }
        classes.append(updated)
    changed["classes"] = classes
    return changed


@login_required
def matrix_new_edition(request: HttpRequest, pk: int) -> HttpResponse:
    matrix = get_visible_or_404(
        request.user, matrix_policy, RiskMatrix.objects.all(), pk, need="change"
    )
    spec = matrix_spec(matrix)
    form = edition_form(spec, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            edition = new_edition(request.user, matrix, apply_edition_form(spec, form.cleaned_data))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("Edition %(edition)s of the matrix was made.") % {"edition": edition.edition},
            )
            return redirect(edition)
    return render(
        request,
        "internal_control/matrix_edition.html",
        {"form": form, "matrix": matrix, "in_use": is_in_use(matrix)},
    )
