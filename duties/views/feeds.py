"""Calendar addresses: the person's list, making and revoking one, and the feed itself."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from committee.bodies import bodies_seen_by
from duties.feeds import calendar_of, create_feed, feed_for, revoke_feed
from duties.models import CalendarFeed


@login_required
def feeds(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    bodies = bodies_seen_by(user)
    new_address = None
    if request.method == "POST":
        chosen = request.POST.get("unit", "")
        unit = next((b for b in bodies if str(b.pk) == chosen), None)
        if chosen and unit is None:
            messages.error(request, _("Choose a body from the list."))
            return redirect("duties:feeds")
        _feed, raw = create_feed(user, unit)
        new_address = request.build_absolute_uri(reverse("calendar_feed", args=[raw]))
    return render(
        request,
        "duties/feeds.html",
        {
            "feeds": CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).select_related(
                "unit"
            ),
            "bodies": bodies,
            "new_address": new_address,
        },
    )


@login_required
@require_POST
def feed_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    feed = CalendarFeed.objects.filter(pk=pk, user=request.user).first()  # type: ignore[misc]
    if feed is None:
        raise Http404
    revoke_feed(request.user, feed)
    messages.success(request, _("The calendar address was revoked: it gives nothing any more."))
    return redirect("duties:feeds")


@require_GET
def calendar_feed(request: HttpRequest, secret: str) -> HttpResponse:
    """The feed at its secret address: no log-in, since calendar apps cannot log in."""
    feed = feed_for(secret)
    if feed is None:
        raise Http404
    response = HttpResponse(
        calendar_of(feed, localdate()), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="styr.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response
