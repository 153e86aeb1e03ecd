"""The economy section of the committee's documents: will the unit's measures close the
budget gap? The consolidated figures of `economy.balance` for the report's unit and year,
realised through the report period's last month."""

from __future__ import annotations

from dataclasses import dataclass

from economy.balance import BalanceReport, balance_report
from economy.balance_chart import balance_chart
from followup.models import Period
from organisation.models import Unit


@dataclass
class BalanceSection:
    report: BalanceReport
    chart: str


def balance_section(unit: Unit, period: Period, with_chart: bool = True) -> BalanceSection | None:
    """The section, or None when the unit has neither measures nor a budget gap that year."""
    through = period.ends_on.month if period.ends_on.year == period.year else 12
    report = balance_report(unit, period.year, through_month=through)
    if not report.measures and not report.gap.has_detailed:
        return None
    return BalanceSection(report, balance_chart(report, "balance-chart") if with_chart else "")
