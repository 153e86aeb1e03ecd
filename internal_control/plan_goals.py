"""An internal control action as the operational plan prints it under the goal it serves."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from internal_control.models import ActionStatus
from planning.plan_parts import choice_label


def read_action_under_goal(action: dict[str, Any]) -> dict[str, Any]:
    """The stored action's status label and page (planning.plan_parts)."""
    return {
        "status_label": choice_label(ActionStatus, action["status"]),
        "url": reverse("internal_control:action", args=[action["id"]]),
    }
