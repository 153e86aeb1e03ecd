"""An indicator's time series as a chart: total, women and men, and the target line."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from followup.chart import Series, line_chart
from followup.chart_png import line_chart_png
from followup.models import Outcome
from planning.models import Indicator

THRESHOLDS = {"at_least", "at_most", "less_than", "more_than", "exactly"}


def target_value(indicator: Indicator) -> Decimal | None:
    """The level a target line is drawn at, for targets that are a level (not a change)."""
    rule = indicator.target_rule or {}
    if rule.get("kind") not in THRESHOLDS:
        return None
    threshold = rule.get("value")
    if isinstance(threshold, int | float | str) and threshold != "":
        return Decimal(str(threshold))
    return None


def _series(indicator: Indicator, outcomes: list[Outcome]) -> list[Series]:
    series = [Series(_("Total"), [o.total for o in outcomes], "#00457c", "", "circle")]
    if indicator.sex_split:
        series += [
            Series(_("Women"), [o.women for o in outcomes], "#6b3e00", "6 3", "square"),
            Series(_("Men"), [o.men for o in outcomes], "#1e6b30", "1 3", "triangle"),
        ]
    return series


def indicator_chart(indicator: Indicator, outcomes: list[Outcome]) -> str:
    """SVG of the outcomes in the order given; "" when there is nothing to draw."""
    labels = [str(o.period) for o in outcomes]
    series = _series(indicator, outcomes)
    return line_chart(
        _("%(name)s over time") % {"name": indicator.name},
        labels,
        series,
        target=target_value(indicator),
        target_label=_("Target: %(target)s") % {"target": indicator.target_text},
        chart_id=f"chart-{indicator.pk}",
    )


def indicator_chart_png(indicator: Indicator, outcomes: list[Outcome]) -> bytes:
    """The same chart as a PNG image, for Word."""
    return line_chart_png(
        _("%(name)s over time") % {"name": indicator.name},
        [str(o.period) for o in outcomes],
        _series(indicator, outcomes),
        target=target_value(indicator),
        target_label=_("Target: %(target)s") % {"target": indicator.target_text},
    )
