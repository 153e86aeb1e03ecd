from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EconomyConfig(AppConfig):
    name = "economy"
    verbose_name = _("Economy")

    def ready(self) -> None:
        from audit import registry
        from economy.access import budget_line_policy, economy_policy
        from economy.models import BudgetFrame, BudgetLine, Investment

        registry.register("budget-frame", BudgetFrame, policy=economy_policy)
        registry.register(
            "budget-line", BudgetLine, policy=budget_line_policy, unit_lookup="frame__unit_id"
        )
        registry.register("investment", Investment, policy=economy_policy)
