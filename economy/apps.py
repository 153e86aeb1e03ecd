from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EconomyConfig(AppConfig):
    name = "economy"
    verbose_name = _("Economy")

    def ready(self) -> None:
        from audit import registry
        from economy.plan_parts import BUDGET, INVESTMENTS
        from planning.plan_parts import register_plan_part

        register_plan_part(BUDGET)
        register_plan_part(INVESTMENTS)
        from economy.access import budget_line_policy, economy_policy
        from economy.models import BudgetFrame, BudgetLine, Investment

        registry.register("budget-frame", BudgetFrame, policy=economy_policy)
        registry.register(
            "budget-line", BudgetLine, policy=budget_line_policy, unit_lookup="frame__unit_id"
        )
        registry.register("investment", Investment, policy=economy_policy)
        # Parts without a history page of their own: their history is in the export.
        from economy import models as m

        parts = {
            "cost-type": (m.CostType, "region_id"),
            "account-mapping": (m.AccountMapping, "region_id"),
            "cost-centre-mapping": (m.CostCentreMapping, "region_id"),
            "frame-change": (m.FrameChange, "frame__unit_id"),
            "budget-amount": (m.BudgetAmount, "frame__unit_id"),
            "ledger-import": (m.LedgerImport, "region_id"),
            "periodisation-profile": (m.PeriodisationProfile, "region_id"),
            "financial-outcome": (m.FinancialOutcome, "unit_id"),
            "forecast": (m.Forecast, "unit_id"),
            "programme": (m.Programme, "unit_id"),
            "economy-measure": (m.Measure, "unit_id"),
            "calculation": (m.Calculation, "measure__unit_id"),
            "calculation-input": (m.CalculationInput, "calculation__measure__unit_id"),
            "realised-effect": (m.RealisedEffect, "measure__unit_id"),
        }
        for key, (model, lookup) in parts.items():
            registry.register(key, model, policy=None, unit_lookup=lookup)
