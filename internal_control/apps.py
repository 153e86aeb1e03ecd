from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InternalControlConfig(AppConfig):
    name = "internal_control"
    verbose_name = _("Internal control")

    def ready(self) -> None:
        from audit import registry
        from internal_control.plan_goals import read_action_under_goal
        from planning.plan_parts import register_action_reader

        register_action_reader(read_action_under_goal)
        from chapters.documents import register_document
        from internal_control.chapter_documents import CONTROL_FOLLOW_UP, CONTROL_PLAN

        register_document(CONTROL_PLAN)
        register_document(CONTROL_FOLLOW_UP)
        from internal_control import access
        from internal_control import models as m

        plain = {
            "matrix": (m.RiskMatrix, access.matrix_policy, "unit_id"),
            "plan": (m.ControlPlan, access.plan_policy, "unit_id"),
            "risk": (m.Risk, access.risk_policy, "plan__unit_id"),
            "action": (m.Action, access.action_policy, "unit_id"),
            "control": (m.ControlActivity, access.control_policy, "plan__unit_id"),
            "assessment": (m.RiskAssessment, access.assessment_policy, "risk__plan__unit_id"),
            "action-update": (m.ActionUpdate, access.action_update_policy, "action__unit_id"),
            "control-result": (
                m.ControlResult,
                access.control_result_policy,
                "control__plan__unit_id",
            ),
        }
        # Parts whose history belongs in the object's own: what was assessed, linked,
        # reported and adopted happened to the risk, the action, the control, the plan.
        part = registry.Part
        parts_of = {
            "plan": (part(m.PlanAdoption, "plan"), part(m.FollowUp, "plan")),
            "risk": (
                part(m.RiskAssessment, "risk"),
                part(m.RiskAssignment, "risk"),
                part(m.RiskGoal, "risk"),
                part(m.ActionRisk, "risk"),
            ),
            "action": (
                part(m.ActionUpdate, "action"),
                part(m.ActionRisk, "action"),
                part(m.ActionGoal, "action"),
            ),
            "control": (part(m.ControlResult, "control"),),
            "matrix": (
                part(m.MatrixLevel, "matrix"),
                part(m.RiskClass, "matrix"),
                part(m.MatrixCell, "matrix"),
            ),
        }
        for key, (model, policy, lookup) in plain.items():
            url_of = getattr(model, "get_absolute_url", None)
            registry.register(
                key,
                model,
                policy=policy,
                unit_lookup=lookup,
                url_of=(lambda o: o.get_absolute_url()) if url_of else None,
                parts=parts_of.get(key, ()),
            )
        # Parts and links have no page of their own; their history is in the export.
        parts = {
            "matrix-level": (m.MatrixLevel, "matrix__unit_id"),
            "risk-class": (m.RiskClass, "matrix__unit_id"),
            "matrix-cell": (m.MatrixCell, "matrix__unit_id"),
            "adoption": (m.PlanAdoption, "plan__unit_id"),
            "followup": (m.FollowUp, "plan__unit_id"),
            "risk-goal": (m.RiskGoal, "risk__plan__unit_id"),
            "risk-assignment": (m.RiskAssignment, "risk__plan__unit_id"),
            "action-risk": (m.ActionRisk, "action__unit_id"),
            "action-goal": (m.ActionGoal, "action__unit_id"),
            "risk-category": (m.RiskCategory, "region_id"),
            "risk-words": (m.RiskWords, "region_id"),
        }
        for key, (model, lookup) in parts.items():
            registry.register(key, model, policy=None, unit_lookup=lookup)
