from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = _("Follow-up")

    def ready(self) -> None:
        from chapters.documents import register_document
        from followup.chapter_documents import PERIOD_REPORT

        register_document(PERIOD_REPORT)
        from audit import registry
        from followup.access import outcome_policy, period_policy
        from followup.models import (
            Analysis,
            ComparisonValue,
            GoalJudgement,
            Outcome,
            Period,
            PeriodPattern,
        )

        registry.register("period", Period, policy=period_policy)
        registry.register("outcome", Outcome, policy=outcome_policy)
        registry.register("period-pattern", PeriodPattern, policy=None, unit_lookup="region_id")
        registry.register(
            "comparison", ComparisonValue, policy=None, unit_lookup="indicator__unit_id"
        )
        registry.register("goal-judgement", GoalJudgement, policy=None, unit_lookup="unit_id")
        registry.register("analysis", Analysis, policy=None, unit_lookup="unit_id")
