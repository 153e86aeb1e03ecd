"""The scorecard, manual judgements and the reporting calendar through the API, with the
pages' rules: fulfilment and trend are computed, never sent."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Schema, Status

from audit.api_refusals import refusals
from audit.api_types import Id, Version, Year, choice_of, text_of
from followup.access import outcome_policy, period_policy
from followup.api import OutcomeOut, PeriodOut, router
from followup.models import Fulfilment, Outcome, Period, PeriodStatus
from followup.scorecard import build_scorecard, fulfilment_counts
from followup.services.analyses import analyses_of
from followup.services.outcomes import judge_manually
from followup.services.periods import make_year, may_manage_periods, set_status
from followup.trend import full_year_forecast
from organisation.access import get_visible_or_404, grants_of, unit_policy
from organisation.models import Unit
from planning.target_words import explain, explain_verdict


class ScoreRowOut(Schema):
    indicator_id: int
    part_of_id: int | None
    name: str
    goal_id: int | None
    perspective_id: int | None
    target_text: str
    outcome_id: int | None
    total: Decimal | None
    women: Decimal | None
    men: Decimal | None
    previous: Decimal | None
    fulfilment: Annotated[str, choice_of(Fulfilment)]
    reason: str
    judged_manually: bool
    trend: str
    gap_women_minus_men: Decimal | None
    full_year_forecast: Decimal | None
    # What the outcome is compared with in the period, by kind (national, average, best,
    # worst), and where those values come from.
    comparisons: dict[str, Decimal]
    comparison_sources: list[str]


class GoalVerdictOut(Schema):
    goal_id: int
    fulfilment: Annotated[str, choice_of(Fulfilment)]
    reason: str
    judged_manually: bool


class AnalysisOut(Schema):
    """The written analysis of a perspective, goal or measure in the period, as written (the
    light Markdown of chapters.markup); empty forecast: none given."""

    kind: Literal["perspektiv", "mal", "matt"]
    subject_id: int
    text: str
    forecast: Annotated[str, choice_of(Fulfilment, blank=True)]
    version: int
    updated_at: datetime


class ScorecardOut(Schema):
    unit_id: int
    period_id: int
    counts: dict[str, int]
    rows: list[ScoreRowOut]
    goals: list[GoalVerdictOut]
    analyses: list[AnalysisOut]


class JudgementIn(Schema):
    manual_fulfilment: Annotated[str, choice_of(Fulfilment, blank=True)]
    manual_reason: Annotated[str, text_of(Outcome, "manual_reason")] = ""
    version: Version


class YearIn(Schema):
    region_id: Id
    year: Year


class PeriodStatusIn(Schema):
    status: Annotated[str, choice_of(PeriodStatus)]
    version: Version


def _rows(card: list[dict[str, Any]], period: Period) -> list[dict[str, Any]]:
    # Months of the year so far, when the period runs from January (DÅ04, DÅ08, ÅR).
    elapsed = period.ends_on.month if period.starts_on.month == 1 else 0
    rows = []
    for perspective in card:
        for goal in perspective["goals"]:
            for row in goal["rows"]:
                indicator, outcome = row.indicator, row.outcome
                rows.append(
                    {
                        "indicator_id": indicator.pk,
                        "part_of_id": indicator.part_of_id,
                        "name": indicator.name,
                        "goal_id": indicator.goal_id,
                        "perspective_id": perspective["perspective"].pk
                        if perspective["perspective"]
                        else None,
                        "target_text": row.target_text,
                        "outcome_id": outcome.pk if outcome else None,
                        "total": outcome.total if outcome else None,
                        "women": outcome.women if outcome else None,
                        "men": outcome.men if outcome else None,
                        "previous": row.previous,
                        "fulfilment": row.judgement.status,
                        "reason": explain(row.judgement, indicator.measure_unit),
                        "judged_manually": row.manual,
                        "trend": row.trend,
                        "gap_women_minus_men": row.gap,
                        "full_year_forecast": full_year_forecast(
                            outcome.total if outcome else None,
                            elapsed,
                            accumulates=indicator.is_count,
                        ),
                        "comparisons": {k: c.value for k, c in row.comparisons.items()},
                        "comparison_sources": row.comparison_sources,
                    }
                )
    return rows


@router.get(
    "/scorecard",
    response={200: ScorecardOut, **refusals(404)},
    summary="A unit's scorecard for a period",
)
def get_scorecard(request: HttpRequest, unit_id: Id, period_id: Id) -> dict[str, Any]:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), unit_id)
    if not grants_of(request.user).has_any(unit):
        raise Http404  # a unit above one's own is context, not a readable scorecard
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_id)
    card = build_scorecard(unit, period)
    return {
        "unit_id": unit.pk,
        "period_id": period.pk,
        "counts": fulfilment_counts(card),
        "rows": _rows(card, period),
        "goals": [
            {
                "goal_id": goal["goal"].pk,
                "fulfilment": goal["verdict"].status,
                "reason": explain_verdict(goal["verdict"]),
                "judged_manually": goal["verdict"].reason == "manual",
            }
            for perspective in card
            for goal in perspective["goals"]
            if goal["goal"] is not None and "verdict" in goal
        ],
        "analyses": [
            {
                "kind": kind,
                "subject_id": subject_id,
                "text": a.text,
                "forecast": a.forecast,
                "version": a.version,
                "updated_at": a.updated_at,
            }
            for (kind, subject_id), a in sorted(analyses_of(unit, period).items())
        ],
    }


@router.post(
    "/outcomes/{outcome_id}/judgement",
    response={200: OutcomeOut, **refusals(403, 409)},
    summary="Judge fulfilment by hand where the rule cannot decide; empty lets the rule decide",
)
def judge_outcome(request: HttpRequest, outcome_id: Id, payload: JudgementIn) -> Outcome:
    outcome = get_visible_or_404(
        request.user, outcome_policy, Outcome.objects.all(), outcome_id, need="change"
    )
    return judge_manually(
        request.user,
        outcome,
        payload.manual_fulfilment,
        payload.manual_reason,
        payload.version,
    )


@router.post(
    "/periods",
    response={201: list[PeriodOut], **refusals(403, 404)},
    summary="Make a year's periods",
)
def post_year(request: HttpRequest, payload: YearIn) -> Status[list[Period]]:
    region = get_visible_or_404(
        request.user, unit_policy, Unit.objects.filter(parent__isnull=True), payload.region_id
    )
    if not may_manage_periods(request.user, region):
        raise PermissionDenied
    return Status(201, make_year(request.user, region, payload.year))


@router.patch(
    "/periods/{period_id}",
    response={200: PeriodOut, **refusals(403, 409)},
    summary="Open or close a period",
)
def patch_period(request: HttpRequest, period_id: Id, payload: PeriodStatusIn) -> Period:
    period = get_visible_or_404(request.user, period_policy, Period.objects.all(), period_id)
    return set_status(request.user, period, payload.status, payload.version)
