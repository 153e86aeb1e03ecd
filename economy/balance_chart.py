"""The consolidated figures as a chart: the year's planned and realised effects month by
month, added up, against the budget gap they must cover.

SVG for pages and PDF (the same drawing as the indicators' charts, `followup.chart`), PNG
for Word. The lines differ by pattern and marker as well as colour; the page and the
documents always show the same figures as a table.
"""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils.translation import gettext as _
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from economy.balance import BalanceReport
from economy.money import MILLION, mkr
from followup.chart import Series, line_chart

PLANNED_COLOUR, REALISED_COLOUR, GAP_COLOUR = "#00457c", "#1e6b30", "#b00020"


def chart_title(report: BalanceReport) -> str:
    return _("Planned and realised effects of %(year)s, added up month by month, in mkr") % {
        "year": report.year
    }


def _in_mkr(value: Decimal | None) -> Decimal | None:
    return None if value is None else value / MILLION


def _series(report: BalanceReport) -> list[Series]:
    return [
        Series(
            _("Planned, added up"),
            [_in_mkr(m.cumulative_planned) for m in report.months],
            PLANNED_COLOUR,
            "",
            "circle",
        ),
        Series(
            _("Realised, added up"),
            [_in_mkr(m.cumulative_realised) for m in report.months],
            REALISED_COLOUR,
            "6 3",
            "square",
        ),
    ]


def _gap_label(report: BalanceReport) -> str:
    to_cover = report.gap.to_cover
    return _("Budget gap: %(gap)s") % {"gap": mkr(to_cover)} if to_cover else ""


def balance_chart(report: BalanceReport, chart_id: str = "balance-chart") -> str:
    """SVG; "" when there is nothing to draw."""
    if not report.planned and not report.realised_to_date and not report.gap.to_cover:
        return ""
    to_cover = report.gap.to_cover
    return line_chart(
        chart_title(report),
        [m.short_name for m in report.months],
        _series(report),
        target=to_cover / MILLION if to_cover else None,
        target_label=_gap_label(report),
        chart_id=chart_id,
    )


def balance_chart_png(report: BalanceReport) -> bytes:
    """The same chart as a PNG image, drawn with matplotlib's object API."""
    figure = Figure(figsize=(6.4, 3.0), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(12))
    markers = {"circle": "o", "square": "s"}
    for series in _series(report):
        points = [
            (i, float(v)) for i, v in zip(positions, series.values, strict=True) if v is not None
        ]
        if not points:
            continue
        xs, ys = zip(*points, strict=True)
        (line,) = axes.plot(
            xs, ys, color=series.colour, marker=markers[series.marker], label=series.name
        )
        if series.dash:
            line.set_dashes(tuple(int(n) for n in series.dash.split()))
    if report.gap.to_cover:
        axes.axhline(
            float(report.gap.to_cover / MILLION),
            color=GAP_COLOUR,
            linestyle=":",
            linewidth=2,
            label=_gap_label(report),
        )
    axes.set_xticks(positions, [m.short_name for m in report.months])
    axes.set_ylim(bottom=min(0.0, axes.get_ylim()[0]))
    axes.set_ylabel("mkr")
    axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Title": chart_title(report)})
    return buffer.getvalue()
