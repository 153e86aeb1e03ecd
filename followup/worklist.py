"""Which indicators are due for a period: a plain rule over the indicator's settings."""

from __future__ import annotations

from followup.models import PeriodKind
from planning.models import Frequency

# A period of each kind carries the outcomes of indicators followed up that often or less.
# An indicator whose plan states no frequency is at least followed up in the annual report.
_DUE_IN = {
    PeriodKind.MONTH: {Frequency.MONTH},
    PeriodKind.TERTIAL: {Frequency.MONTH, Frequency.TERTIAL},
    PeriodKind.HALF_YEAR: {Frequency.MONTH, Frequency.HALF_YEAR},
    PeriodKind.YEAR: {
        Frequency.MONTH,
        Frequency.TERTIAL,
        Frequency.HALF_YEAR,
        Frequency.YEAR,
        Frequency.NOT_STATED,
    },
}


def report_names(report_periods: str) -> set[str]:
    """ "DÅ04, DÅ08, ÅR" -> {"DÅ04", "DÅ08", "ÅR"}."""
    return {
        part.strip().upper() for part in report_periods.replace(";", ",").split(",") if part.strip()
    }


def is_due(frequency: str, report_periods: str, period_kind: str, period_name: str) -> bool:
    """An indicator naming its report periods is due in exactly those; else by frequency."""
    names = report_names(report_periods)
    if names:
        return period_name.strip().upper() in names
    if period_kind == PeriodKind.TERTIAL and period_name.strip().upper() == "ÅR":
        # The last tertial is the annual report: yearly indicators are due there.
        return frequency in _DUE_IN[PeriodKind.YEAR]
    return frequency in _DUE_IN.get(PeriodKind(period_kind), set())
