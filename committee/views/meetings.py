"""Pages of the committee's calendar: a meeting added, changed or removed, and its items."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.form_flow import submit, submit_versioned
from committee.access import committee_policy, item_policy
from committee.meeting_forms import ItemForm, MeetingForm, NewItemForm, NewMeetingForm
from committee.models import Meeting, MeetingItem
from committee.sent_reports import sent_periods
from committee.services import meetings as services
from organisation.access import get_visible_or_404, unit_policy
from organisation.models import Unit


def _year_page(meeting: Meeting) -> str:
    return reverse("committee:body_year", args=[meeting.unit_id, meeting.date.year])


def _meeting_to_change(request: HttpRequest, pk: int) -> Meeting:
    return get_visible_or_404(
        request.user, committee_policy, Meeting.objects.select_related("unit"), pk, need="change"
    )


def _item_to_change(request: HttpRequest, pk: int) -> MeetingItem:
    return get_visible_or_404(
        request.user,
        item_policy,
        MeetingItem.objects.select_related("meeting__unit"),
        pk,
        need="change",
    )


@login_required
def meeting_create(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_pk)
    if not committee_policy.can_create_in(request.user, unit):
        raise PermissionDenied
    form = NewMeetingForm(request.POST or None)
    done = submit(request, form, lambda data: services.create_meeting(request.user, unit, **data))
    if done.saved:
        messages.success(request, _("The meeting was added. Add what it brings up."))
        return redirect("committee:meeting", done.result.pk)
    return render(
        request,
        "committee/meeting_form.html",
        {"form": form, "unit": unit, "menu_section": "calendar"},
    )


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_to_change(request, pk)
    initial = {"date": meeting.date, "end_date": meeting.end_date, "version": meeting.version}
    form = MeetingForm(request.POST or None, initial=initial)
    done = submit_versioned(
        request, form, lambda data, v: services.update_meeting(request.user, meeting, v, **data)
    )
    if done.saved:
        messages.success(request, _("The meeting was saved."))
        return redirect("committee:meeting", meeting.pk)
    items = meeting.items.select_related(
        "control_plan", "report_period", "follow_up_area", "review"
    ).order_by("order", "pk")
    return render(
        request,
        "committee/meeting_detail.html",
        {
            "meeting": meeting,
            "form": form,
            "conflict": done.conflict,
            "items": items,
            "sent_periods": sent_periods(meeting.unit_id),
            "year_page": _year_page(meeting),
            "menu_section": "calendar",
        },
    )


@login_required
@require_POST
def meeting_remove(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_to_change(request, pk)
    back = _year_page(meeting)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to say that the meeting is to be removed."))
        return redirect("committee:meeting", meeting.pk)
    services.remove_meeting(request.user, meeting)
    messages.success(request, _("The meeting was removed; its history keeps it."))
    return redirect(back)


@login_required
def item_create(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_to_change(request, pk)
    form = NewItemForm(request.POST or None, meeting=meeting)
    done = submit(request, form, lambda data: services.add_item(request.user, meeting, **data))
    if done.saved:
        messages.success(request, _("The item was added."))
        return redirect("committee:meeting", meeting.pk)
    return render(
        request,
        "committee/item_form.html",
        {"form": form, "meeting": meeting, "menu_section": "calendar"},
    )


@login_required
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item_to_change(request, pk)
    fields = (
        "kind",
        "topic",
        "presenter",
        "control_plan",
        "report_period",
        "follow_up_area",
        "review",
    )
    initial: dict[str, Any] = {f: getattr(item, f) for f in fields} | {"version": item.version}
    form = ItemForm(request.POST or None, initial=initial, meeting=item.meeting)
    done = submit_versioned(
        request, form, lambda data, v: services.update_item(request.user, item, v, **data)
    )
    if done.saved:
        messages.success(request, _("The item was saved."))
        return redirect("committee:meeting", item.meeting_id)
    return render(
        request,
        "committee/item_form.html",
        {
            "form": form,
            "meeting": item.meeting,
            "item": item,
            "conflict": done.conflict,
            "menu_section": "calendar",
        },
    )


@login_required
@require_POST
def item_remove(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item_to_change(request, pk)
    meeting_pk = item.meeting_id
    services.remove_item(request.user, item)
    messages.success(request, _("The item was removed."))
    return redirect("committee:meeting", meeting_pk)
