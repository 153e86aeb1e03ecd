"""The history of one object: every version, who saved it, when, and what changed."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from audit.changes import changes_between, related_labels
from audit.registry import tracked_type
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
    records = obj.history.select_related("history_user").order_by(  # type: ignore[attr-defined]
        "-history_date", "-history_id"
    )
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("sida"))
    page_records = list(page.object_list)
    # One record more than the page, so that the oldest version on the page has its "before".
    following = (
        records.filter(history_date__lt=page_records[-1].history_date).first()
        if (page_records)
        else None
    )
    labels = related_labels(entry.model, [*page_records, following])
    versions = []
    for index, record in enumerate(page_records):
        older = page_records[index + 1] if index + 1 < len(page_records) else following
        if record.history_type == "+":
            older = None
        versions.append({"record": record, "changes": changes_between(older, record, labels)})
    return render(
        request,
        "audit/object_history.html",
        {
            "object": obj,
            "entry": entry,
            "object_url": entry.url_of(obj) if entry.url_of else None,
            "page": page,
            "versions": versions,
        },
    )
