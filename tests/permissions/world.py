"""One world with an object of every kind, built once for a whole test module.

It extends the shared fixtures (`tests/conftest.py`, the internal control and follow-up
worlds) with what they lack: a perspective, outcomes, both kinds of adoption, a second plan
of the committee and one of the regional board, a document job, an API token.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TypeVar

from django.db import models

from chapters.documents import document_kind
from chapters.models import Chapter
from chapters.services import create_chapter
from followup.models import Outcome, Period, PeriodPattern
from internal_control.models import (
    Action,
    ActionGoal,
    ControlActivity,
    ControlPlan,
    FollowUp,
    PlanAdoption,
    Risk,
    RiskAssessment,
    RiskCategory,
    RiskMatrix,
)
from internal_control.services.plans import adopt_plan, create_plan
from organisation.access import SYSTEM
from organisation.models import ApiToken, Role, RoleAssignment, Unit, UnitKind, User
from organisation.services.tokens import create_api_token
from planning.models import (
    Assignment,
    Goal,
    GoalLevel,
    Indicator,
    OperationalPlanAdoption,
    Perspective,
    PerspectiveKind,
)
from planning.services.adoption import adopt_operational_plan
from reports.models import DocumentJob, JobStatus
from tests.audits.conftest import ReviewWorld, make_review_world
from tests.conftest import World, make_world
from tests.followup_views.conftest import make_followup_world
from tests.internal_control_views.conftest import make_control_world
from tests.permissions.world_economy import EconomyPerm, build_economy
from tests.permissions.world_rounds import RoundsPerm, build_rounds

M = TypeVar("M", bound=models.Model)

PERSONAS = (
    "admin",
    "controller",
    "owner",
    "reader",
    "auditor",
    "outsider",
    "installer",
    "anonymous",
)


@dataclass
class PermWorld:
    base: World
    matrix: RiskMatrix
    plan: ControlPlan
    next_plan: ControlPlan
    board_plan: ControlPlan
    plan_adoption: PlanAdoption
    risk: Risk  # owned by the owner
    other_risk: Risk  # owned by nobody
    board_risk: Risk
    draft_risk: Risk  # of the draft next_plan
    ended_risk: Risk  # of the adopted plan, ended
    pattern: PeriodPattern  # a period of the first region's reporting year
    category: RiskCategory  # the board risk's
    unused_category: RiskCategory  # no risk's
    assessment: RiskAssessment
    action: Action  # owned by the owner
    control: ControlActivity  # owned by the owner
    followup: FollowUp
    goal_area: Goal
    goal: Goal
    assignment: Assignment
    perspective: Perspective
    indicator: Indicator  # no owner
    own_indicator: Indicator  # owned by the owner
    period: Period  # open
    closed_period: Period
    outcome: Outcome  # of `indicator`
    own_outcome: Outcome  # of `own_indicator`
    plan_year: int
    operational_adoption: OperationalPlanAdoption
    document: DocumentJob  # asked for by the controller
    token: ApiToken  # the controller's
    role: RoleAssignment  # the reader's role on the committee
    closed_unit: Unit  # a closed division of the committee
    board_controller: User  # controller of the regional board, a unit the committee's don't see
    council_goal: Goal  # an overarching goal of the council that `goal` contributes to
    council_indicator: Indicator  # the council's own measure under it
    board_indicator: Indicator  # the board's measure under the same goal
    board_action: Action  # the board's action serving the same goal
    audit: ReviewWorld  # the auditors' review the committee answers
    economy: EconomyPerm  # cost types, a frame, codes, a ledger import and an uploaded file
    chapters: list[Chapter]  # two chapters before the goals of the committee's plan_year
    rounds: RoundsPerm  # report rounds of the committee's period reports

    def user(self, persona: str) -> User | None:
        return None if persona == "anonymous" else self.base.persona(persona)


def fresh(obj: M) -> M:
    """The object as the database holds it now."""
    return type(obj)._default_manager.get(pk=obj.pk)


def build_perm_world() -> PermWorld:
    w = make_world()
    cw = make_control_world(w)
    fw = make_followup_world(w)
    risk, other_risk = cw.risks[0], cw.risks[1]
    plan_adoption = adopt_plan(
        w.admin,
        cw.plan,
        adopted_on=datetime.date(2024, 12, 12),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 212",
    )
    next_plan = create_plan(
        w.admin,
        w.committee,
        year=2026,
        title="Hälso- och sjukvårdsnämndens internkontrollplan 2026",
        matrix=cw.matrix,
    )
    pattern = PeriodPattern.objects.create(
        region=w.region,
        kind="half_year",
        number=1,
        name="per 30 juni",
        starts_month=1,
        ends_month=6,
        ends_day=30,
    )
    draft_risk = Risk.objects.create(
        plan=next_plan, number=1, title="Risk att planen inte hinner antas", treatment="reduce"
    )
    ended_risk = Risk.objects.create(
        plan=cw.plan,
        number=9,
        title="Risk som inte längre gäller",
        ended_on=datetime.date(2025, 3, 1),
        end_reason="Verksamheten flyttades till regionstyrelsen.",
    )
    board_plan = create_plan(
        w.admin,
        w.board,
        year=2022,
        title="Regionstyrelsens internkontrollplan 2022",
        matrix=cw.matrix,
        case_number="RS/818/2021",
    )
    category = RiskCategory.objects.create(
        region=w.region,
        code="d",
        name="att redovisningen och uppföljningen av verksamhet och ekonomi är rättvisande",
    )
    unused_category = RiskCategory.objects.create(region=w.region, code="f", name="övrigt")
    board_risk = Risk.objects.create(
        plan=board_plan,
        number=1,
        title="Saknar resurser för digitaliseringsarbetet kopplat till vård och länets utveckling",
        requirement_type="d",
        priority=1,
        treatment="eliminate",
        owner_title="Regionstabschef",
    )
    perspective = Perspective.objects.create(
        unit=w.committee, kind=PerspectiveKind.PERSPECTIVE, name="Medarbetare"
    )
    indicator, own_indicator = fw.indicators[0], fw.indicators[1]
    assert own_indicator.owner == w.owner
    outcome = Outcome.objects.create(
        indicator=indicator, period=fw.period, unit=w.committee, total=70
    )
    # Seed 004, T1 2022: Kvinnor 205, Män 134, Totalt 339.
    own_outcome = Outcome.objects.create(
        indicator=own_indicator, period=fw.period, unit=w.committee, total=339, women=205, men=134
    )
    goal = indicator.goal
    assert goal is not None
    operational_adoption = adopt_operational_plan(
        w.admin,
        w.committee,
        year=2022,
        adopted_on=datetime.date(2021, 12, 16),
        body="Hälso- och sjukvårdsnämnden",
        decision_reference="§ 212",
    )
    document = DocumentJob.objects.create(
        requested_by=w.controller,
        source="/",
        title=f"{cw.plan.title} (PDF)",
        filename="internkontrollplan-2025.pdf",
        content_type="application/pdf",
        status=JobStatus.DONE,
        percent=100,
        content=b"%PDF-1.7",
        finished_at=datetime.datetime.now(datetime.UTC),
    )
    token, _raw = create_api_token(w.controller, "Datalager")
    closed_unit = Unit(
        parent=w.committee,
        name="Division Nära vård",
        kind=UnitKind.DIVISION,
        closed_on=datetime.date(2024, 12, 31),
    )
    closed_unit.save()
    board_controller = User(username="sofia", first_name="Sofia", region=w.region)
    board_controller.set_unusable_password()
    board_controller.save()
    RoleAssignment.objects.create(user=board_controller, unit=w.board, role=Role.CONTROLLER)
    # Seed 002: the board and the committees each set measures under the council's goals.
    council_goal = Goal.objects.create(
        unit=w.council, level=GoalLevel.OVERARCHING, title="Ett friskare liv"
    )
    Goal.objects.filter(pk=goal.pk).update(parent=council_goal)
    council_indicator = Indicator.objects.create(
        unit=w.council, goal=council_goal, name="Mätetal för ett friskare liv"
    )
    board_indicator = Indicator.objects.create(
        unit=w.board, goal=council_goal, name="Förebyggande och hälsofrämjande insatser"
    )
    board_action = Action.objects.create(
        unit=w.board,
        plan=board_plan,
        number=1,
        title="10 mkr har inprioriterats till Regionstaben för att arbeta med digitalisering",
        owner_title="Regionstabschef",
        deadline=datetime.date(2099, 12, 31),
    )
    ActionGoal.objects.create(action=board_action, goal=council_goal)
    return PermWorld(
        base=w,
        matrix=cw.matrix,
        plan=cw.plan,
        next_plan=next_plan,
        board_plan=board_plan,
        plan_adoption=plan_adoption,
        risk=risk,
        other_risk=other_risk,
        board_risk=board_risk,
        draft_risk=draft_risk,
        ended_risk=ended_risk,
        pattern=pattern,
        category=category,
        unused_category=unused_category,
        assessment=risk.assessments.get(),
        action=cw.plan.actions.get(),
        control=cw.plan.controls.get(),
        followup=cw.plan.followups.get(),
        goal_area=cw.goal,
        goal=goal,
        assignment=cw.assignments[0],
        perspective=perspective,
        indicator=indicator,
        own_indicator=own_indicator,
        period=fw.period,
        closed_period=fw.last_year,
        outcome=outcome,
        own_outcome=own_outcome,
        plan_year=2022,
        operational_adoption=operational_adoption,
        document=document,
        token=token,
        role=RoleAssignment.objects.get(user=w.reader, unit=w.committee),
        closed_unit=closed_unit,
        board_controller=board_controller,
        council_goal=council_goal,
        council_indicator=council_indicator,
        board_indicator=board_indicator,
        board_action=board_action,
        audit=make_review_world(w),
        economy=build_economy(w),
        chapters=_chapters(w, 2022),
        rounds=build_rounds(w, fw.period, fw.last_year),
    )


def _chapters(w: World, year: int) -> list[Chapter]:
    kind = document_kind("verksamhetsplan")
    assert kind is not None
    owner = kind.owner(w.committee, year)
    assert owner is not None
    return [
        create_chapter(SYSTEM, kind, owner, heading=heading, place="start", text="Text.")
        for heading in ("Inledning", "Uppgifter")
    ]
