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
        from economy import access
        from economy import models as m

        registry.register("budget-frame", m.BudgetFrame, policy=access.economy_policy)
        registry.register(
            "budget-line",
            m.BudgetLine,
            policy=access.budget_line_policy,
            unit_lookup="frame__unit_id",
        )
        registry.register("investment", m.Investment, policy=access.economy_policy)
        registry.register("programme", m.Programme, policy=access.programme_policy)
        # A measure's history holds its calculations, their inputs and its realised effects.
        registry.register(
            "measure",
            m.Measure,
            policy=access.measure_policy,
            url_of=lambda o: o.get_absolute_url(),
            parts=(
                registry.Part(m.Calculation, "measure"),
                registry.Part(m.RealisedEffect, "measure"),
            ),
        )
        registry.register(
            "calculation",
            m.Calculation,
            policy=access.calculation_policy,
            unit_lookup="measure__unit_id",
            parts=(registry.Part(m.CalculationInput, "calculation"),),
        )
        registry.register(
            "realised-effect",
            m.RealisedEffect,
            policy=access.effect_policy,
            unit_lookup="measure__unit_id",
        )
        registry.register(
            "calculation-input",
            m.CalculationInput,
            policy=None,
            unit_lookup="calculation__measure__unit_id",
        )
        # Parts without a history page of their own: their history is in the export.
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
        }
        for key, (model, lookup) in parts.items():
            registry.register(key, model, policy=None, unit_lookup=lookup)
