"""A new risk matrix made on pages by the region's administrator: first where it starts
(a preset or an empty matrix of a chosen size), then the whole definition."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.form_flow import submit
from internal_control.matrix_definition_form import MatrixDefinitionForm
from internal_control.matrix_start import LARGEST, MOST_CLASSES, SMALLEST, blank_spec, presets
from internal_control.services.matrices import create_matrix
from internal_control.views.matrices import matrix_region
from organisation.models import Unit

OWN = "egen"


class MatrixStartForm(forms.Form):
    fran = forms.ChoiceField(label=gettext_lazy("Start from"), widget=forms.RadioSelect)
    sannolikhet = forms.IntegerField(
        label=gettext_lazy("Number of probability levels"),
        min_value=SMALLEST,
        max_value=LARGEST,
        initial=5,
        required=False,
    )
    konsekvens = forms.IntegerField(
        label=gettext_lazy("Number of severity levels"),
        min_value=SMALLEST,
        max_value=LARGEST,
        initial=5,
        required=False,
    )
    klasser = forms.IntegerField(
        label=gettext_lazy("Number of risk classes"),
        min_value=2,
        max_value=MOST_CLASSES,
        initial=4,
        required=False,
    )
    regel = forms.ChoiceField(
        label=gettext_lazy("How a risk gets its class"),
        choices=[
            ("product", gettext_lazy("By its score, probability × severity, within bounds")),
            ("sum", gettext_lazy("By its score, probability + severity, within bounds")),
            ("table", gettext_lazy("A class chosen for each cell of the matrix")),
        ],
        initial="product",
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fran"].choices = [  # type: ignore[attr-defined]
            (p.key, _("The preset %(name)s (%(size)s)") % {"name": p.name, "size": p.size})
            for p in presets()
        ] + [(OWN, _("An empty matrix of the size I choose"))]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("fran") == OWN:
            for key in ("sannolikhet", "konsekvens", "klasser"):
                if data.get(key) is None and key not in self.errors:
                    self.add_error(key, _("Give the number for an empty matrix."))
            data["regel"] = data.get("regel") or "product"
        return data

    def spec(self) -> dict[str, Any]:
        """The definition to start from; call after `is_valid()`."""
        data = self.cleaned_data
        if data["fran"] == OWN:
            return blank_spec(
                data["sannolikhet"], data["konsekvens"], data["klasser"], data["regel"]
            )
        chosen = next(p for p in presets() if p.key == data["fran"])
        return dict(chosen.spec)


def _region(request: HttpRequest) -> Unit:
    """The person's region, where they may create matrices; refused otherwise."""
    region = matrix_region(request.user)
    if region is None:
        raise PermissionDenied
    return region


@login_required
def matrix_create(request: HttpRequest) -> HttpResponse:
    region = _region(request)
    form = MatrixStartForm(request.GET or None)
    if request.GET and form.is_valid():
        query = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        return redirect(reverse("internal_control:matrix_define") + "?" + urlencode(query))
    return render(request, "internal_control/matrix_create.html", {"form": form, "region": region})


@login_required
def matrix_define(request: HttpRequest) -> HttpResponse:
    region = _region(request)
    start = MatrixStartForm(request.GET)
    if not start.is_valid():
        return redirect(reverse("internal_control:matrix_create") + "?" + request.GET.urlencode())
    form = MatrixDefinitionForm(start.spec(), request.POST or None)
    done = submit(
        request, form, lambda _data: create_matrix(region, form.definition(), actor=request.user)
    )
    if done.saved:
        messages.success(request, _("The matrix %(name)s was made.") % {"name": done.result.name})
        return redirect(done.result)
    return render(
        request,
        "internal_control/matrix_define.html",
        {"form": form, "region": region, "start": start},
    )
