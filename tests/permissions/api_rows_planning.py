"""API rows: the goal hierarchy, indicators, the operational plan, periods and outcomes."""

from __future__ import annotations

from typing import Any

from followup.models import Outcome, Period
from planning.models import Assignment, Goal, Indicator, OperationalPlanAdoption, Perspective
from tests.permissions.expect import (
    CREATED,
    FORBIDDEN,
    NOT_FOUND,
    OK,
    ApiRow,
    Data,
    Expected,
    api,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = api(codes(OK))
READ = api(in_region(OK))
REGION_WIDE = api(in_region(NOT_FOUND, admin=OK, auditor=OK))
EDIT_CREATED = api(editors(CREATED))
EDIT_SAVED = api(editors(OK))
NOBODY = api(in_region(FORBIDDEN))

# Outcomes of the committee's indicators belong to the committee and the units under it.


def _plan(w: PermWorld) -> dict[str, Any]:
    return {"unit_id": w.base.committee.pk, "year": w.plan_year}


def _version_read(w: PermWorld, indicator: Indicator, unit: str) -> int:
    """The version of the outcome the client read, 0 for none: a write says what it replaces."""
    found = indicator.outcomes.filter(period=w.period, unit=getattr(w.base, unit)).first()
    return found.version if found else 0


def _outcomes(unit: str, indicator: str) -> Data:
    def body(w: PermWorld) -> dict[str, Any]:
        read = getattr(w, indicator)
        return {
            "period_id": w.period.pk,
            "unit_id": getattr(w.base, unit).pk,
            "rows": [
                {"indicator_id": read.pk, "total": "80", "version": _version_read(w, read, unit)}
            ],
        }

    return body


def _outcome_row(unit: str, indicator: str, expect: Expected, **extra: Any) -> ApiRow:
    return ApiRow(
        "POST",
        "/api/follow-up/outcomes",
        expect,
        body=_outcomes(unit, indicator),
        probe=lambda w: sorted(
            Outcome.objects.filter(period=w.period, unit=getattr(w.base, unit)).values_list(
                "indicator_id", "total", "version"
            )
        ),
        variant=f"{indicator} for the {unit}",
        **extra,
    )


ROWS = [
    ApiRow("GET", "/api/planning/perspectives", EVERYONE),
    ApiRow(
        "POST",
        "/api/planning/perspectives",
        EDIT_CREATED,
        body=lambda w: {"unit_id": w.base.committee.pk, "kind": "perspective", "name": "Ekonomi"},
        probe=lambda w: Perspective.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/planning/perspectives/{perspective_id}",
        EDIT_SAVED,
        params=lambda w: {"perspective_id": w.perspective.pk},
        body=lambda w: {"version": fresh(w.perspective).version, "order": 4},
        probe=lambda w: fresh(w.perspective).version,
    ),
    ApiRow("GET", "/api/planning/goals", EVERYONE),
    ApiRow(
        "POST",
        "/api/planning/goals",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "level": "committee",
            "title": "Jämlik och jämställd hälsa",
        },
        probe=lambda w: Goal.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/planning/goals/{goal_id}",
        EDIT_SAVED,
        params=lambda w: {"goal_id": w.goal.pk},
        body=lambda w: {"version": fresh(w.goal).version, "description": "Vård på lika villkor."},
        probe=lambda w: fresh(w.goal).version,
    ),
    ApiRow("GET", "/api/planning/assignments", EVERYONE),
    ApiRow(
        "POST",
        "/api/planning/assignments",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "goal_id": w.goal_area.pk,
            "text": "Korta väntetiderna.",
            "code": "3",
        },
        probe=lambda w: Assignment.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/planning/assignments/{assignment_id}",
        EDIT_SAVED,
        params=lambda w: {"assignment_id": w.assignment.pk},
        body=lambda w: {"version": fresh(w.assignment).version, "given_to": "HSN"},
        probe=lambda w: fresh(w.assignment).version,
    ),
    ApiRow(
        "POST",
        "/api/planning/indicators",
        EDIT_CREATED,
        body=lambda w: {
            "unit_id": w.base.committee.pk,
            "name": "Antal patienter som fått fråga om våld i nära relation",
            "target_text": "Öka",
            "is_count": True,
        },
        probe=lambda w: Indicator.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/planning/indicators/{indicator_id}",
        api(editors(OK, owner=OK)),
        params=lambda w: {"indicator_id": w.own_indicator.pk},
        body=lambda w: {"version": fresh(w.own_indicator).version, "data_source": "Journalen"},
        probe=lambda w: fresh(w.own_indicator).version,
        variant="the owner's own",
    ),
    ApiRow(
        "PATCH",
        "/api/planning/indicators/{indicator_id}",
        EDIT_SAVED,
        params=lambda w: {"indicator_id": w.indicator.pk},
        body=lambda w: {"version": fresh(w.indicator).version, "data_source": "Journalen"},
        probe=lambda w: fresh(w.indicator).version,
        variant="someone else's",
    ),
    ApiRow("GET", "/api/planning/plans/{unit_id}/{year}", READ, params=_plan),
    ApiRow(
        "GET",
        "/api/planning/plans/{unit_id}/{year}",
        REGION_WIDE,
        params=lambda w: {"unit_id": w.base.council.pk, "year": w.plan_year},
        variant="unit above one's own",
    ),
    ApiRow("GET", "/api/planning/plans/{unit_id}/{year}/adoptions", READ, params=_plan),
    ApiRow(
        "POST",
        "/api/planning/plans/{unit_id}/{year}/adoptions",
        EDIT_CREATED,
        params=_plan,
        body=lambda w: {
            "adopted_on": "2022-06-15",
            "body": "Hälso- och sjukvårdsnämnden",
            "decision_reference": "§ 98",
        },
        probe=lambda w: OperationalPlanAdoption.objects.count(),
    ),
    ApiRow("GET", "/api/follow-up/indicators", EVERYONE),
    ApiRow("GET", "/api/follow-up/periods", EVERYONE),
    ApiRow(
        "POST",
        "/api/follow-up/periods",
        api(in_region(FORBIDDEN, admin=CREATED)),
        body=lambda w: {"region_id": w.base.region.pk, "year": 2030},
        probe=lambda w: Period.objects.count(),
    ),
    ApiRow(
        "PATCH",
        "/api/follow-up/periods/{period_id}",
        api(in_region(FORBIDDEN, admin=OK)),
        params=lambda w: {"period_id": w.period.pk},
        body=lambda w: {"status": "closed", "version": fresh(w.period).version},
        probe=lambda w: fresh(w.period).status,
    ),
    ApiRow(
        "GET",
        "/api/follow-up/outcomes",
        READ,
        query=lambda w: {"indicator_id": w.indicator.pk},
    ),
    _outcome_row("committee", "indicator", api(editors(CREATED))),
    _outcome_row("committee", "own_indicator", api(editors(CREATED, owner=CREATED))),
    _outcome_row("division", "own_indicator", api(editors(CREATED, owner=CREATED))),
    # Outcomes for a unit above the indicator's are refused by may_report on every path.
    _outcome_row("council", "indicator", NOBODY),
    _outcome_row("council", "own_indicator", NOBODY),
    ApiRow(
        "GET",
        "/api/follow-up/scorecard",
        READ,
        query=lambda w: {"unit_id": w.base.committee.pk, "period_id": w.period.pk},
    ),
    ApiRow(
        "GET",
        "/api/follow-up/scorecard",
        REGION_WIDE,
        query=lambda w: {"unit_id": w.base.council.pk, "period_id": w.period.pk},
        variant="unit above one's own",
    ),
    ApiRow(
        "POST",
        "/api/follow-up/outcomes/{outcome_id}/judgement",
        api(editors(OK, owner=OK)),
        params=lambda w: {"outcome_id": w.own_outcome.pk},
        body=lambda w: {
            "manual_fulfilment": "met",
            "manual_reason": "Fler tillfrågade än föregående år.",
            "version": fresh(w.own_outcome).version,
        },
        probe=lambda w: fresh(w.own_outcome).version,
    ),
    ApiRow(
        "POST",
        "/api/follow-up/outcomes/{outcome_id}/judgement",
        EDIT_SAVED,
        params=lambda w: {"outcome_id": w.outcome.pk},
        body=lambda w: {
            "manual_fulfilment": "partly_met",
            "manual_reason": "I nivå med genomsnittet i riket.",
            "version": fresh(w.outcome).version,
        },
        probe=lambda w: fresh(w.outcome).version,
        variant="someone else's indicator",
    ),
]
