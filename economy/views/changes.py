"""The decisions that changed a frame: amount, reason and decision reference."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.form_flow import submit, submit_versioned
from economy.access import economy_policy, frame_change_policy
from economy.forms import FrameChangeForm, NewFrameChangeForm
from economy.models import BudgetFrame, FrameChange
from economy.services import budget as budget_services
from organisation.access import get_visible_or_404


@login_required
def change_create(request: HttpRequest, pk: int) -> HttpResponse:
    frame = get_visible_or_404(
        request.user, economy_policy, BudgetFrame.objects.select_related("unit"), pk, need="change"
    )
    form = NewFrameChangeForm(request.POST or None)
    done = submit(
        request, form, lambda data: budget_services.create_frame_change(request.user, frame, **data)
    )
    if done.saved:
        messages.success(request, _("The change to the frame was added."))
        return redirect("economy:budget", frame.pk)
    return render(request, "economy/change_form.html", {"form": form, "frame": frame})


def _change(request: HttpRequest, pk: int) -> FrameChange:
    return get_visible_or_404(
        request.user,
        frame_change_policy,
        FrameChange.objects.select_related("frame__unit"),
        pk,
        need="change",
    )


@login_required
def change_edit(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    initial = {
        "version": change.version,
        "reason": change.reason,
        "amount": change.amount,
        "decision_reference": change.decision_reference,
        "printed": change.printed,
    }
    form = FrameChangeForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request,
        form,
        lambda data, version: budget_services.update_frame_change(
            request.user, change, version, **data
        ),
    )
    if done.saved:
        messages.success(request, _("The change to the frame was saved."))
        return redirect("economy:budget", change.frame_id)
    return render(
        request,
        "economy/change_form.html",
        {"form": form, "frame": change.frame, "change": change, "conflict": done.conflict},
    )


@login_required
def change_delete(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    if request.method == "POST":
        budget_services.delete_frame_change(request.user, change)
        messages.success(request, _("The change to the frame was removed."))
        return redirect("economy:budget", change.frame_id)
    return render(
        request,
        "economy/confirm_delete.html",
        {
            "what": change,
            "title": _("Remove the change to the frame"),
            "back_url": reverse("economy:budget", args=[change.frame_id]),
        },
    )
