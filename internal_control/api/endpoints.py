"""Internal control through the API: the same policies, services and checks as the pages."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status

from audit.api_refusals import refusals
from audit.api_types import Id, Year
from internal_control.access import (
    action_policy,
    control_policy,
    matrix_policy,
    plan_policy,
    risk_category_policy,
    risk_policy,
)
from internal_control.api.schemas import (
    ActionIn,
    ActionOut,
    ActionReportIn,
    AssessmentIn,
    AssessmentOut,
    ControlIn,
    ControlOut,
    ControlPlanAdoptionIn,
    ControlPlanAdoptionOut,
    ControlPlanCreate,
    ControlPlanOut,
    ControlResultIn,
    ControlResultOut,
    MatrixOut,
    RiskCategoryOut,
    RiskIn,
    RiskOut,
    RiskPatch,
    WarningOut,
)
from internal_control.models import (
    Action,
    ControlActivity,
    ControlPlan,
    ControlResult,
    PlanAdoption,
    Risk,
    RiskCategory,
    RiskMatrix,
)
from internal_control.plan_document import plan_risks
from internal_control.services import actions as action_services
from internal_control.services import controls as control_services
from internal_control.services import plans as plan_services
from internal_control.services import risks as risk_services
from internal_control.warnings import plan_warnings
from organisation.access import get_visible_or_404, unit_policy, user_policy
from organisation.models import Unit, User

router = Router()


def _owner(request: HttpRequest, owner_id: int | None) -> User | None:
    if owner_id is None:
        return None
    return get_visible_or_404(request.user, user_policy, User.objects.all(), owner_id)


@router.get("/matrices", response=list[MatrixOut], summary="Risk matrices of the caller's region")
def list_matrices(request: HttpRequest) -> list[RiskMatrix]:
    return list(
        matrix_policy.scope(request.user, RiskMatrix.objects.all()).prefetch_related(
            "levels", "classes"
        )
    )


@router.get(
    "/risk-categories",
    response=list[RiskCategoryOut],
    summary="Risk categories of the caller's organisation, in order",
)
def list_risk_categories(request: HttpRequest) -> list[RiskCategory]:
    return list(
        risk_category_policy.scope(request.user, RiskCategory.objects.all()).order_by(
            "region_id", "order", "pk"
        )
    )


@router.get("/plans", response=list[ControlPlanOut])
def list_plans(request: HttpRequest, year: Year | None = None) -> Any:
    plans = plan_policy.scope(request.user, ControlPlan.objects.all()).order_by("-year", "pk")
    return list(plans.filter(year=year) if year else plans)


@router.get("/plans/{plan_id}", response=ControlPlanOut)
def get_plan(request: HttpRequest, plan_id: Id) -> ControlPlan:
    return get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)


@router.post("/plans", response={201: ControlPlanOut, **refusals(403, 404)})
def create_plan(request: HttpRequest, payload: ControlPlanCreate) -> Status[ControlPlan]:
    unit = get_visible_or_404(request.user, unit_policy, Unit.objects.all(), payload.unit_id)
    matrix = get_visible_or_404(
        request.user, matrix_policy, RiskMatrix.objects.all(), payload.matrix_id
    )
    plan = plan_services.create_plan(
        request.user,
        unit,
        year=payload.year,
        title=payload.title,
        matrix=matrix,
        case_number=payload.case_number,
    )
    return Status(201, plan)


@router.get("/plans/{plan_id}/warnings", response=list[WarningOut])
def get_warnings(request: HttpRequest, plan_id: Id) -> Any:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)
    return plan_warnings(plan, plan_risks(plan), list(Action.objects.filter(plan=plan)))


@router.post(
    "/plans/{plan_id}/adoptions", response={201: ControlPlanAdoptionOut, **refusals(403, 409)}
)
def adopt(
    request: HttpRequest, plan_id: Id, payload: ControlPlanAdoptionIn
) -> Status[PlanAdoption]:
    plan = get_visible_or_404(
        request.user, plan_policy, ControlPlan.objects.all(), plan_id, need="change"
    )
    adoption = plan_services.adopt_plan(
        request.user,
        plan,
        adopted_on=payload.adopted_on,
        adopted_on_precision=payload.adopted_on_precision,
        body=payload.body,
        decision_reference=payload.decision_reference,
        expected_version=payload.version,
    )
    return Status(201, adoption)


@router.get(
    "/plans/{plan_id}/adoptions",
    response=list[ControlPlanAdoptionOut],
    summary="The plan as adopted",
)
def list_adoptions(request: HttpRequest, plan_id: Id) -> Any:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)
    return list(plan.adoptions.order_by("-adopted_on", "-pk"))


@router.get("/risks", response=list[RiskOut])
def list_risks(request: HttpRequest, plan_id: Id | None = None) -> Any:
    risks = risk_policy.scope(request.user, Risk.objects.all()).order_by("plan_id", "number")
    return list(risks.filter(plan_id=plan_id) if plan_id else risks)


@router.get("/risks/{risk_id}", response=RiskOut)
def get_risk(request: HttpRequest, risk_id: Id) -> Risk:
    return get_visible_or_404(request.user, risk_policy, Risk.objects.all(), risk_id)


@router.post("/plans/{plan_id}/risks", response={201: RiskOut, **refusals(403)})
def create_risk(request: HttpRequest, plan_id: Id, payload: RiskIn) -> Status[Risk]:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)
    values = payload.dict(exclude={"owner_id"}) | {"owner": _owner(request, payload.owner_id)}
    return Status(201, risk_services.create_risk(request.user, plan, **values))


@router.patch("/risks/{risk_id}", response={200: RiskOut, **refusals(403, 409)})
def update_risk(request: HttpRequest, risk_id: Id, payload: RiskPatch) -> Risk:
    risk = get_visible_or_404(request.user, risk_policy, Risk.objects.all(), risk_id, need="change")
    values = payload.dict(exclude={"version"}, exclude_unset=True)
    return risk_services.update_risk(request.user, risk, payload.version, **values)


@router.get("/risks/{risk_id}/assessments", response=list[AssessmentOut])
def list_assessments(request: HttpRequest, risk_id: Id) -> Any:
    risk = get_visible_or_404(request.user, risk_policy, Risk.objects.all(), risk_id)
    return list(risk.assessments.select_related("risk_class").order_by("assessed_on", "pk"))


@router.post("/risks/{risk_id}/assessments", response={201: AssessmentOut, **refusals(403)})
def assess(request: HttpRequest, risk_id: Id, payload: AssessmentIn) -> Status[Any]:
    risk = get_visible_or_404(
        request.user,
        risk_policy,
        Risk.objects.select_related("plan__matrix"),
        risk_id,
        need="change",
    )
    return Status(201, risk_services.assess_risk(request.user, risk, **payload.dict()))


@router.get("/actions", response=list[ActionOut])
def list_actions(request: HttpRequest, plan_id: Id | None = None) -> Any:
    actions = action_policy.scope(request.user, Action.objects.all()).order_by("plan_id", "number")
    return list(actions.filter(plan_id=plan_id) if plan_id else actions)


@router.post("/plans/{plan_id}/actions", response={201: ActionOut, **refusals(403)})
def create_action(request: HttpRequest, plan_id: Id, payload: ActionIn) -> Status[Action]:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)
    risks = list(Risk.objects.filter(plan=plan, pk__in=payload.risk_ids))
    if len(risks) != len(set(payload.risk_ids)):
        raise ValidationError({"risk_ids": _("Choose risks of the same plan.")})
    values = payload.dict(exclude={"owner_id", "risk_ids"}) | {
        "owner": _owner(request, payload.owner_id),
        "status": payload.status or "",
    }
    return Status(201, action_services.create_action(request.user, plan, risks=risks, **values))


@router.post("/actions/{action_id}/reports", response={201: ActionOut, **refusals(403)})
def report_action(request: HttpRequest, action_id: Id, payload: ActionReportIn) -> Status[Action]:
    action = get_visible_or_404(
        request.user, action_policy, Action.objects.all(), action_id, need="change"
    )
    action_services.report_action(request.user, action, **payload.dict())
    action.refresh_from_db()
    return Status(201, action)


@router.get("/controls", response=list[ControlOut])
def list_controls(request: HttpRequest, plan_id: Id | None = None) -> Any:
    controls = control_policy.scope(request.user, ControlActivity.objects.all()).order_by(
        "plan_id", "number"
    )
    return list(controls.filter(plan_id=plan_id) if plan_id else controls)


@router.post("/plans/{plan_id}/controls", response={201: ControlOut, **refusals(403)})
def create_control(
    request: HttpRequest, plan_id: Id, payload: ControlIn
) -> Status[ControlActivity]:
    plan = get_visible_or_404(request.user, plan_policy, ControlPlan.objects.all(), plan_id)
    risk = None
    if payload.risk_id is not None:
        risk = Risk.objects.filter(plan=plan, pk=payload.risk_id).first()
        if risk is None:
            raise ValidationError({"risk_id": _("Choose risks of the same plan.")})
    values = payload.dict(exclude={"owner_id", "risk_id"}) | {
        "owner": _owner(request, payload.owner_id),
        "risk": risk,
    }
    return Status(201, control_services.create_control(request.user, plan, **values))


@router.post("/controls/{control_id}/results", response={201: ControlResultOut, **refusals(403)})
def report_control(
    request: HttpRequest, control_id: Id, payload: ControlResultIn
) -> Status[ControlResult]:
    control = get_visible_or_404(
        request.user, control_policy, ControlActivity.objects.all(), control_id, need="change"
    )
    return Status(201, control_services.report_control(request.user, control, **payload.dict()))
