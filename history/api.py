"""The history of an object through the API."""

from __future__ import annotations

import datetime
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Router, Schema

from audit.api_refusals import ChangeOut, refusals
from audit.api_types import Id, Text
from audit.changes import changes_between, related_labels
from audit.registry import tracked_type
from organisation.access import get_visible_or_404

router = Router()


class VersionOut(Schema):
    version: int | None
    changed_at: datetime.datetime
    changed_by: str | None
    change_type: Literal["created", "changed", "deleted"]
    reason: str | None
    changes: list[ChangeOut]


@router.get(
    "/{key}/{object_id}",
    response={200: list[VersionOut], **refusals(403)},
    summary="Every version of an object",
)
def object_history(request: HttpRequest, key: Text, object_id: Id) -> list[dict[str, object]]:
    entry = tracked_type(key)
    if entry is None or entry.policy is None:
        raise Http404
    obj = get_visible_or_404(
        request.user, entry.policy, entry.model._default_manager.all(), object_id, need="history"
    )
    records = list(
        obj.history.select_related("history_user").order_by(  # type: ignore[attr-defined]
            "history_date", "history_id"
        )
    )
    labels = related_labels(entry.model, records)
    result: list[dict[str, object]] = []
    for index, record in enumerate(records):
        previous = records[index - 1] if index and record.history_type != "+" else None
        changes = changes_between(previous, record, labels)
        result.append(
            {
                "version": getattr(record, "version", None),
                "changed_at": record.history_date,
                "changed_by": record.history_user.username if record.history_user else None,
                "change_type": {"+": "created", "~": "changed", "-": "deleted"}[
                    record.history_type
                ],
                "reason": record.history_change_reason,
                "changes": [c.__dict__ for c in changes],
            }
        )
    return result
