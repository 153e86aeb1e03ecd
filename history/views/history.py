"""The history of one object and its parts: every version, who saved it, when, what changed."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from audit.registry import tracked_type
from audit.timeline import object_timeline
from organisation.access import get_visible_or_404

PAGE_SIZE = 25


@login_required
def object_history(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    entry = tracked_type(key)
    if entry is None or entry.policy is None:
        raise Http404
    obj = get_visible_or_404(
        request.user, entry.policy, entry.model._default_manager.all(), pk, need="history"
    )
    page = Paginator(object_timeline(entry, obj), PAGE_SIZE).get_page(request.GET.get("sida"))
    versions = [
        {"record": e.record, "kind": e.kind, "changes": e.changes} for e in page.object_list
    ]
    return render(
        request,
        "history/object_history.html",
        {
            "object": obj,
            "entry": entry,
            "object_url": entry.url_of(obj) if entry.url_of else None,
            "page": page,
            "versions": versions,
        },
    )
