"""Page rows: follow-up (worklist, grid, scorecard, periods) and the operational plan."""

from __future__ import annotations

from django.urls import reverse

from followup.models import ComparisonValue, GoalJudgement, Period, PeriodPattern
from planning.models import (
    Assignment,
    Goal,
    Indicator,
    JudgementRules,
    OperationalPlanAdoption,
    YearTarget,
)
from tests.permissions.expect import (
    FORBIDDEN,
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Row,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = codes(OK)
EDIT, EDIT_SAVED = editors(OK), editors(FOUND)
OWN, OWN_SAVED = editors(OK, owner=OK), editors(FOUND, owner=FOUND)
# The region's calendar is kept by its administrators (and region-wide controllers).
CALENDAR_SAVED = in_region(FORBIDDEN, admin=FOUND)
REGION_WIDE = in_region(NOT_FOUND, admin=OK, auditor=OK)


def _outcome_fields(w: PermWorld) -> dict[str, str]:
    pk = w.indicator.pk
    return {f"total-{pk}": "72", f"comment-{pk}": "Tertial 1", f"version-{pk}": str(_read(w))}


def _read(w: PermWorld) -> int:
    """The version of the committee's outcome the person read: a save says what it replaces."""
    found = w.indicator.outcomes.filter(period=w.period, unit=w.base.committee).first()
    return found.version if found else 0


def _outcome_of(w: PermWorld, unit_name: str) -> object:
    unit = getattr(w.base, unit_name)
    found = w.indicator.outcomes.filter(period=w.period, unit=unit).first()
    return (found.total, found.version) if found else None


ROWS = [
    Row("followup:worklist", lambda w: reverse("followup:worklist"), EVERYONE),
    Row(
        "followup:grid",
        lambda w: reverse("followup:grid", args=[w.period.pk, w.base.committee.pk]),
        EDIT,
        Write(_outcome_fields, EDIT_SAVED, lambda w: _outcome_of(w, "committee")),
    ),
    # Outcomes for a unit above one's own are not the committee controller's to enter.
    Row(
        "followup:grid",
        lambda w: reverse("followup:grid", args=[w.period.pk, w.base.council.pk]),
        in_region(FORBIDDEN, admin=OK),
        Write(
            _outcome_fields,
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: _outcome_of(w, "council"),
            changes=False,  # the council has no indicators of its own on the grid
        ),
        variant="unit above one's own",
    ),
    Row(
        "followup:indicator",
        lambda w: reverse("followup:indicator", args=[w.indicator.pk]),
        in_region(OK),
    ),
    # A measure's comparison values are kept by those who change the measure.
    Row(
        "followup:comparison",
        lambda w: reverse("followup:comparison", args=[w.indicator.pk]),
        editors(OK),
        Write(
            lambda w: {
                "period": w.period.pk,
                "kind": "national",
                "value": "62",
                "source": "Kolada",
            },
            editors(FOUND),
            lambda w: ComparisonValue.objects.count(),
        ),
    ),
    Row("followup:scorecard", lambda w: reverse("followup:scorecard"), EVERYONE),
    # A goal is judged by a person in the unit's scorecard: its controllers and administrators.
    Row(
        "followup:goal_judgement",
        lambda w: reverse(
            "followup:goal_judgement", args=[w.goal.pk, w.base.committee.pk, w.period.pk]
        ),
        editors(OK),
        Write(
            lambda w: {"fulfilment": "partly_met", "reason": "Väntetiderna kortas men inte nog."},
            editors(FOUND),
            lambda w: GoalJudgement.objects.count(),
        ),
    ),
    Row(
        "followup:judge",
        lambda w: reverse("followup:judge", args=[w.outcome.pk]),
        EDIT,
        Write(
            lambda w: {
                "manual_fulfilment": "partly_met",
                "manual_reason": "I nivå med genomsnittet i riket.",
                "version": fresh(w.outcome).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.outcome).version,
        ),
    ),
    Row(
        "followup:judge",
        lambda w: reverse("followup:judge", args=[w.own_outcome.pk]),
        OWN,
        Write(
            lambda w: {
                "manual_fulfilment": "met",
                "manual_reason": "Fler tillfrågade än föregående år.",
                "version": fresh(w.own_outcome).version,
            },
            OWN_SAVED,
            lambda w: fresh(w.own_outcome).version,
        ),
        variant="the owner's own indicator",
    ),
    Row("followup:periods", lambda w: reverse("followup:periods"), EVERYONE),
    # The reporting year: read by all in the organisation, kept by its calendar's keepers.
    Row(
        "followup:reporting_year",
        lambda w: reverse("followup:reporting_year"),
        codes(OK, installer=NOT_FOUND),
        Write(
            lambda w: {
                "kind": "year",
                "number": "1",
                "name": "helår",
                "starts_month": "1",
                "starts_day": "1",
                "ends_month": "12",
                "ends_day": "31",
            },
            codes(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=NOT_FOUND),
            lambda w: PeriodPattern.objects.count(),
        ),
    ),
    Row(
        "followup:reporting_year_preset",
        lambda w: reverse("followup:reporting_year_preset"),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"preset": "halvar"},
            # The first region has a calendar of its own already: the preset is refused there.
            codes(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=NOT_FOUND),
            lambda w: PeriodPattern.objects.filter(region=w.base.region).count(),
            changes=False,
        ),
    ),
    Row(
        "followup:reporting_year_remove",
        lambda w: reverse("followup:reporting_year_remove", args=[w.pattern.pk]),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {},
            in_region(FORBIDDEN, admin=FOUND),
            lambda w: PeriodPattern.objects.filter(pk=w.pattern.pk).exists(),
        ),
    ),
    # The other region's administrator makes the periods of their own region.
    Row(
        "followup:periods_make",
        lambda w: reverse("followup:periods_make"),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"year": 2030},
            in_region(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=FORBIDDEN),
            lambda w: Period.objects.count(),
        ),
    ),
    Row(
        "followup:period_status",
        lambda w: reverse("followup:period_status", args=[w.period.pk]),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"status": "closed", "version": fresh(w.period).version},
            CALENDAR_SAVED,
            lambda w: fresh(w.period).status,
        ),
    ),
    Row(
        "followup:period_deadline",
        lambda w: reverse("followup:period_deadline", args=[w.period.pk]),
        in_region(FORBIDDEN, admin=OK),
        Write(
            lambda w: {"report_by": "2022-05-10", "version": fresh(w.period).version},
            CALENDAR_SAVED,
            lambda w: fresh(w.period).report_by,
        ),
    ),
    Row(
        "planning:plan",
        lambda w: reverse("planning:plan", args=[w.base.committee.pk]),
        in_region(OK),
    ),
    # The organisation's band of "partly met": read by all in it, kept by those region-wide.
    Row(
        "planning:judgement_rules",
        lambda w: reverse("planning:judgement_rules"),
        codes(OK, installer=NOT_FOUND),
        Write(
            lambda w: {"partly_band": "5", "goal_rule": "most"},
            codes(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=NOT_FOUND),
            lambda w: JudgementRules.objects.count(),
        ),
    ),
    # Units above one's own are context in the tree, not readable plans.
    Row(
        "planning:plan",
        lambda w: reverse("planning:plan", args=[w.base.council.pk]),
        REGION_WIDE,
        variant="unit above one's own",
    ),
    Row(
        "planning:plan_adopt",
        lambda w: reverse("planning:plan_adopt", args=[w.base.committee.pk, w.plan_year]),
        EDIT,
        Write(
            lambda w: {
                "adopted_on": "2022-06-15",
                "body": "Hälso- och sjukvårdsnämnden",
                "decision_reference": "§ 98",
            },
            EDIT_SAVED,
            lambda w: OperationalPlanAdoption.objects.count(),
        ),
    ),
    Row(
        "planning:indicator_create",
        lambda w: reverse("planning:indicator_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {
                "name": "Antal patienter som fått fråga om våld i nära relation",
                "target_text": "Öka",
                "direction": "higher",
                "frequency": "tertial",
                "sex_split": "on",
                "is_count": "on",
            },
            EDIT_SAVED,
            lambda w: Indicator.objects.count(),
        ),
    ),
    Row(
        "planning:goal_create",
        lambda w: reverse("planning:goal_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {"level": "committee", "title": "Jämlik och jämställd hälsa"},
            EDIT_SAVED,
            lambda w: Goal.objects.count(),
        ),
    ),
    Row(
        "planning:assignment_create",
        lambda w: reverse("planning:assignment_create", args=[w.base.committee.pk]),
        EDIT,
        Write(
            lambda w: {"text": "Korta väntetiderna.", "goal": w.goal_area.pk, "code": "3"},
            EDIT_SAVED,
            lambda w: Assignment.objects.count(),
        ),
    ),
    # A measure's targets per year are kept as the measure is: the owner keeps their own.
    Row(
        "planning:year_targets",
        lambda w: reverse("planning:year_targets", args=[w.own_indicator.pk]),
        OWN,
        Write(
            lambda w: {"year": "2023", "target_text": "Minst 75 %"},
            OWN_SAVED,
            lambda w: YearTarget.objects.count(),
        ),
    ),
    Row(
        "planning:indicator_edit",
        lambda w: reverse("planning:indicator_edit", args=[w.own_indicator.pk]),
        OWN,
        Write(
            lambda w: {
                "name": w.own_indicator.name,
                "target_text": "Öka",
                "direction": "higher",
                "frequency": "tertial",
                "is_count": "on",
                "version": fresh(w.own_indicator).version,
            },
            OWN_SAVED,
            lambda w: fresh(w.own_indicator).version,
        ),
        variant="the owner's own",
    ),
    Row(
        "planning:indicator_edit",
        lambda w: reverse("planning:indicator_edit", args=[w.indicator.pk]),
        EDIT,
        Write(
            lambda w: {
                "name": w.indicator.name,
                "target_text": "Minst 70 %",
                "direction": "higher",
                "frequency": "tertial",
                "version": fresh(w.indicator).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.indicator).version,
        ),
        variant="someone else's",
    ),
    Row(
        "planning:goal_edit",
        lambda w: reverse("planning:goal_edit", args=[w.goal.pk]),
        EDIT,
        Write(
            lambda w: {
                "level": "committee",
                "title": w.goal.title,
                "description": "Vård på lika villkor.",
                "version": fresh(w.goal).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.goal).version,
        ),
    ),
    Row(
        "planning:assignment_edit",
        lambda w: reverse("planning:assignment_edit", args=[w.assignment.pk]),
        EDIT,
        Write(
            lambda w: {
                "text": w.assignment.text,
                "goal": w.goal_area.pk,
                "code": "1",
                "given_to": "Hälso- och sjukvårdsnämnden",
                "version": fresh(w.assignment).version,
            },
            EDIT_SAVED,
            lambda w: fresh(w.assignment).version,
        ),
    ),
]
