"""Remind those who have not reported at a follow-up: by person or all at once."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.tasks import enqueue
from duties.models import ReminderSent
from duties.tasks import remind_of_followup
from internal_control.access import followup_policy
from internal_control.followup_progress import owed_by
from internal_control.models import FollowUp
from organisation.access import get_visible_or_404


@login_required
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    followup = get_visible_or_404(
        request.user,
        followup_policy,
        FollowUp.objects.select_related("plan__unit"),
        pk,
        need="change",
    )
    today = timezone.localdate()
    subject = f"followup:{followup.pk}"
    owing = owed_by([followup])[followup.pk].owing
    people = {o.person.pk: o.person for o in owing if o.person is not None}
    reminded_today = set(
        ReminderSent.objects.filter(
            subject=subject, stage="by_hand", sent_on=today, user_id__in=list(people)
        ).values_list("user_id", flat=True)
    )
    if request.method == "POST":
        asked = request.POST.getlist("person")
        chosen = [p for p in people.values() if str(p.pk) in asked or "all" in asked]
        reachable = [p for p in chosen if p.email and p.pk not in reminded_today]
        if not chosen:
            messages.error(request, _("Choose whom to remind."))
        elif reachable:
            sender = request.user.pk
            assert sender is not None  # a logged-in person
            enqueue(
                remind_of_followup,
                followup.pk,
                [p.pk for p in reachable],
                sender,
                today.isoformat(),
            )
            messages.success(
                request,
                _("A reminder is sent to %(names)s.")
                % {"names": ", ".join(str(p) for p in reachable)},
            )
        for person in chosen:
            if not person.email:
                messages.warning(request, _("%(name)s has no e-mail address.") % {"name": person})
            elif person.pk in reminded_today:
                messages.info(request, _("%(name)s was already reminded today.") % {"name": person})
        return redirect("duties:remind", followup.pk)
    last: dict[int, Any] = {}
    for sent in ReminderSent.objects.filter(subject=subject, user_id__in=list(people)).order_by(
        "sent_at"
    ):
        last[sent.user_id] = sent
    return render(
        request,
        "duties/remind.html",
        {
            "followup": followup,
            "plan": followup.plan,
            "rows": [
                {
                    "owed": o,
                    "last": last.get(o.person.pk) if o.person else None,
                    "reminded_today": o.person is not None and o.person.pk in reminded_today,
                }
                for o in owing
            ],
            "can_remind": any(p.email and p.pk not in reminded_today for p in people.values()),
            "late": followup.due_on < today,
        },
    )
