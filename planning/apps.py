from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanningConfig(AppConfig):
    name = "planning"
    verbose_name = _("Planning")

    def ready(self) -> None:
        from audit import registry
        from planning.access import goal_policy
        from planning.models import Assignment, Goal, Perspective

        registry.register("perspective", Perspective, policy=goal_policy)
        registry.register("goal", Goal, policy=goal_policy)
        registry.register("assignment", Assignment, policy=goal_policy)
