"""The one way the pages of internal control fetch a plan: visible or 404, then `need`."""

from __future__ import annotations

from django.http import HttpRequest

from internal_control.access import plan_policy
from internal_control.models import ControlPlan
from organisation.access import get_visible_or_404


def plan_or_404(request: HttpRequest, pk: int, need: str = "view") -> ControlPlan:
    return get_visible_or_404(
        request.user,
        plan_policy,
        ControlPlan.objects.select_related("unit", "matrix"),
        pk,
        need=need,
    )
