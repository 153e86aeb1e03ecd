"""An internal control action as the operational plan prints it under the goal it serves."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from internal_control.models import ActionStatus


def read_action_under_goal(action: dict[str, Any]) -> dict[str, Any]:
    """The stored action's status label and page (planning.plan_parts)."""
    try:
        label = str(ActionStatus(action["status"]).label)
    except ValueError:  # a status no longer offered still reads as stored
        label = action["status"]
    return {
        "status_label": label,
        "url": reverse("internal_control:action", args=[action["id"]]),
    }
