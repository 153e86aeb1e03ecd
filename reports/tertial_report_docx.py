"""The tertial report as a Word document, from the same report data as the PDF."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followup.indicator_chart import indicator_chart_png
from planning.target_words import explain, quantity
from reports.balance_docx import add_balance_section
from reports.docx_writer import WordDocument

STATUS_WORDS = {
    "met": ("●", gettext_lazy("Met")),
    "partly_met": ("◐", gettext_lazy("Partly met")),
    "not_met": ("○", gettext_lazy("Not met")),
    "not_assessable": ("–", gettext_lazy("Not assessable")),
}
TREND_WORDS = {
    "improving": ("↑", gettext_lazy("Better")),
    "worsening": ("↓", gettext_lazy("Worse")),
    "unchanged": ("→", gettext_lazy("Unchanged")),
}


def status_text(status: str) -> str:
    symbol, word = STATUS_WORDS.get(status, STATUS_WORDS["not_assessable"])
    return f"{symbol} {word!s}"


def trend_text(trend: str) -> str:
    if trend not in TREND_WORDS:
        return "–"
    symbol, word = TREND_WORDS[trend]
    return f"{symbol} {word!s}"


def _unit(indicator: Any) -> str:
    return "%" if indicator.measure_unit == "%" else ""


def tertial_report_docx(report: dict[str, Any], title: str, version_label: str) -> bytes:
    unit, period = report["unit"], report["period"]
    word = WordDocument(title, author=unit.name)
    word.heading(title, 0)
    word.paragraph(unit.name, lead=f"{_('Unit')}:")
    word.paragraph(f"{period.name} {period.year}", lead=f"{_('Period')}:")
    word.paragraph(_("The outcomes and judgements %(label)s.") % {"label": version_label})
    word.heading(_("Summary of goal fulfilment"), 1)
    counts = report["counts"]
    word.table(
        [_("Fulfilment"), _("Measures")],
        [
            [status_text(k), str(counts[k])]
            for k in ("met", "partly_met", "not_met", "not_assessable")
        ],
        caption=_("Measures by fulfilment"),
    )
    if high_risks := report.get("high_risks"):
        word.heading(_("Risks in the most serious class"), 1)
        word.table(
            [_("Risk"), _("Class"), _("Owner"), _("Actions")],
            [
                [
                    f"{item.risk.number}. {item.risk.title}",
                    item.risk_class.code,
                    item.owner or "–",
                    "\n".join(
                        f"Å{a.number} {a.title} – {a.get_status_display()}" for a in item.actions
                    )
                    or _("No action"),
                ]
                for item in high_risks
            ],
            caption=_("Risks in the most serious class and the actions against them"),
            widths_cm=(5.0, 2.2, 3.0, 6.8),  # the actions are the longest text
        )
    if balance := report.get("balance"):
        add_balance_section(word, balance)
    for entry in report["perspectives"]:
        perspective = entry.perspective
        word.heading(
            f"{perspective.get_kind_display()}: {perspective.name}"
            if perspective
            else _("Measures without perspective"),
            1,
        )
        if perspective and perspective.description:
            word.paragraph(perspective.description)
        parent_shown = None
        for goal in entry.goals:
            parent = goal["goal"].parent if goal["goal"] else None
            if parent is not None and parent.pk != parent_shown:
                word.heading(f"{parent.get_level_display()}: {parent.title}", 2)
                parent_shown = parent.pk
            word.table(
                [
                    _("Measure"),
                    _("Target"),
                    _("Reported in"),
                    _("Total"),
                    _("Women"),
                    _("Men"),
                    _("Fulfilment"),
                    _("Trend"),
                ],
                [
                    [
                        row.indicator.name,
                        row.indicator.target_text or "–",
                        row.indicator.report_periods or "–",
                        quantity(row.outcome.total if row.outcome else None, _unit(row.indicator)),
                        quantity(row.outcome.women if row.outcome else None, _unit(row.indicator)),
                        quantity(row.outcome.men if row.outcome else None, _unit(row.indicator)),
                        status_text(row.judgement.status)
                        + (f" ({_('judged')})" if row.manual else "")
                        + f"\n{explain(row.judgement, _unit(row.indicator))}",
                        trend_text(row.trend),
                    ]
                    for row in goal["rows"]
                ],
                caption=(
                    f"{goal['goal'].get_level_display()}: {goal['goal'].title}"
                    if goal["goal"]
                    else _("Measures without goal")
                ),
            )
        if entry.series:
            word.heading(_("Measures over time, comments and analysis"), 2)
        for item in entry.series:
            word.heading(item.indicator.name, 3)
            if len(item.outcomes) > 1:
                word.image(
                    indicator_chart_png(item.indicator, item.outcomes),
                    alt_text=_("%(name)s over time") % {"name": item.indicator.name}
                    + ". "
                    + _("The figures are in the table below."),
                )
            unit_sign = _unit(item.indicator)
            word.table(
                [_("Period"), _("Total"), _("Women"), _("Men")],
                [
                    [
                        str(o.period),
                        quantity(o.total, unit_sign),
                        quantity(o.women, unit_sign),
                        quantity(o.men, unit_sign),
                    ]
                    for o in item.outcomes
                ],
                caption=_("The figures of the chart: %(name)s") % {"name": item.indicator.name},
            )
            for o in item.outcomes:
                if o.period_id == period.pk and o.comment:
                    word.paragraph(o.comment, lead=f"{_('Comment')}:")
        if entry.actions:
            word.heading(_("Actions"), 2)
            word.table(
                [_("No."), _("Goal"), _("Action"), _("Status"), _("Comment")],
                [
                    [
                        str(a["action"].number),
                        "; ".join(g.title for g in a["goals"]),
                        a["action"].title,
                        a["action"].get_status_display(),
                        a["latest"].comment if a["latest"] else "–",
                    ]
                    for a in entry.actions
                ],
            )
    return word.to_bytes()
