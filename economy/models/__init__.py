from economy.models.budget import BudgetFrame, BudgetLine
from economy.models.investment import Investment, InvestmentKind

__all__ = ["BudgetFrame", "BudgetLine", "Investment", "InvestmentKind"]
