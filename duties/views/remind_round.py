"""Remind the writers of a report round whose parts are not marked ready: one or all."""

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
from duties.tasks import remind_of_round
from rounds.access import round_or_404
from rounds.models import PartState


@login_required
def remind_round(request: HttpRequest, pk: int) -> HttpResponse:
    found, _kind, _owner, _keeps = round_or_404(request.user, pk, keep=True)
    today = timezone.localdate()
    subject = f"round:{found.pk}"
    waiting = list(
        found.parts.exclude(state=PartState.READY)
        .filter(writer__isnull=False)
        .select_related("writer")
        .order_by("due_on", "order", "pk")
    )
    people: dict[int, Any] = {}
    parts: dict[int, list[Any]] = {}
    for part in waiting:
        if part.writer_id is None:
            continue  # left out by the query already
        people[part.writer_id] = part.writer
        parts.setdefault(part.writer_id, []).append(part)
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
            enqueue(remind_of_round, found.pk, [p.pk for p in reachable], sender, today.isoformat())
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
        return redirect("duties:remind_round", found.pk)
    last: dict[int, Any] = {}
    for sent in ReminderSent.objects.filter(subject=subject, user_id__in=list(people)).order_by(
        "sent_at"
    ):
        last[sent.user_id] = sent
    return render(
        request,
        "duties/remind_round.html",
        {
            "round": found,
            "rows": [
                {
                    "person": person,
                    "parts": parts[person.pk],
                    "last": last.get(person.pk),
                    "reminded_today": person.pk in reminded_today,
                }
                for person in people.values()
            ],
            "unassigned": found.parts.exclude(state=PartState.READY)
            .filter(writer__isnull=True)
            .count(),
            "can_remind": any(p.email and p.pk not in reminded_today for p in people.values()),
            "menu_section": "rounds",
        },
    )
