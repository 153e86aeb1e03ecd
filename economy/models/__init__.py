from economy.models.budget import BudgetAmount, BudgetFrame, BudgetKind, BudgetLine, FrameChange
from economy.models.cost_type import AccountMapping, CostCentreMapping, CostType, CostTypeKind
from economy.models.investment import Investment, InvestmentKind
from economy.models.ledger import FinancialOutcome, Forecast, LedgerImport
from economy.models.measure import (
    Calculation,
    CalculationInput,
    Measure,
    MeasureStatus,
    Programme,
    RealisedEffect,
)
from economy.models.profile import PeriodisationProfile

__all__ = [
    "AccountMapping",
    "BudgetAmount",
    "BudgetFrame",
    "BudgetKind",
    "BudgetLine",
    "Calculation",
    "CalculationInput",
    "CostCentreMapping",
    "CostType",
    "CostTypeKind",
    "FinancialOutcome",
    "Forecast",
    "FrameChange",
    "Investment",
    "InvestmentKind",
    "LedgerImport",
    "Measure",
    "MeasureStatus",
    "PeriodisationProfile",
    "Programme",
    "RealisedEffect",
]
