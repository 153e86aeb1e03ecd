"""The committee's overview: goals by verdict, the highest risks, the economy against the
gap, the next meeting's items and the documents to read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from committee.bodies import bodies_seen_by
from committee.overview import build_overview
from committee.sent_reports import sent_periods
from followup.access import period_policy
from followup.models import Period
from organisation.access import grants_of


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    grants = grants_of(request.user)
    bodies = [u for u in bodies_seen_by(request.user) if grants.has_any(u)]
    unit = next((b for b in bodies if str(b.pk) == request.GET.get("enhet")), None) or (
        bodies[0] if bodies else None
    )
    periods = list(
        period_policy.scope(request.user, Period.objects.filter(kind="tertial")).order_by(
            "-ends_on"
        )
    )
    period = next((p for p in periods if str(p.pk) == request.GET.get("period")), None) or next(
        (p for p in periods if p.status != "planned"), None
    )
    if period is None and periods:
        # Nothing reported yet: the first tertial, as the scorecard opens on.
        period = periods[-1]
    today = timezone.localdate()
    return render(
        request,
        "committee/overview.html",
        {
            "bodies": bodies,
            "periods": periods,
            "unit": unit,
            "period": period,
            "overview": build_overview(request.user, unit, period, today) if unit else None,
            "sent_periods": sent_periods(unit.pk if unit else None),
            "menu_section": "calendar",
        },
    )
