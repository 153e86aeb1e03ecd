from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanningConfig(AppConfig):
    name = "planning"
    verbose_name = _("Planning")

    def ready(self) -> None:
        from chapters.documents import register_document
        from planning.chapter_documents import CHAPTERS, OPERATIONAL_PLAN
        from planning.plan_parts import register_plan_part

        register_document(OPERATIONAL_PLAN)
        register_plan_part(CHAPTERS)
        from audit import registry
        from planning.access import goal_policy, indicator_policy
        from planning.models import (
            Assignment,
            Goal,
            Indicator,
            JudgementRules,
            OperationalPlanAdoption,
            Perspective,
            YearTarget,
        )

        registry.register("perspective", Perspective, policy=goal_policy)
        registry.register("goal", Goal, policy=goal_policy)
        registry.register("assignment", Assignment, policy=goal_policy)
        registry.register(
            "indicator", Indicator, policy=indicator_policy, url_of=lambda i: i.get_absolute_url()
        )
        # An adoption has no page of its own; it is shown on the plan and kept in the export.
        registry.register("plan-adoption", OperationalPlanAdoption, policy=None)
        registry.register("judgement-rules", JudgementRules, policy=None, unit_lookup="region_id")
        registry.register("year-target", YearTarget, policy=None, unit_lookup="indicator__unit_id")
