"""The tertial report as a Word document, from the same report data as the PDF."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followup.contradiction_words import outcome_warnings
from followup.indicator_chart import indicator_chart_png
from planning.target_words import explain, explain_verdict, quantity
from reports.analysis_docx import write_analysis
from reports.balance_docx import add_balance_section
from reports.chapters_docx import write_chapters
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


def value(amount: Any, indicator: Any) -> str:
    """A value with the indicator's unit, and its plus sign where it is a deviation."""
    return quantity(amount, indicator.measure_unit, indicator.signed)


def contradicted(outcome: Any, indicator: Any) -> str:
    """A line for the reader where the outcome's figures contradict each other, else ""."""
    notes = outcome_warnings(outcome, indicator) if outcome else []
    if not notes:
        return ""
    return f"⚠ {_('The figures contradict each other')}: {' '.join(notes)}"


def _series_table(word: WordDocument, outcomes: list[Any], measure: Any) -> None:
    word.table(
        [_("Period"), _("Total"), _("Women"), _("Men")],
        [
            [
                str(o.period),
                value(o.total, measure),
                value(o.women, measure),
                value(o.men, measure),
            ]
            for o in outcomes
        ],
        caption=_("The figures of the chart: %(name)s") % {"name": measure.name},
    )


def tertial_report_docx(report: dict[str, Any], title: str, version_label: str) -> bytes:
    unit, period = report["unit"], report["period"]
    word = WordDocument(title, author=unit.name)
    word.heading(title, 0)
    word.paragraph(unit.name, lead=f"{_('Unit')}:")
    word.paragraph(f"{period.name} {period.year}", lead=f"{_('Period')}:")
    word.paragraph(_("The outcomes and judgements %(label)s.") % {"label": version_label})
    write_chapters(word, report.get("chapters"), "start")
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
        write_analysis(word, entry.analysis, heading_level=2)
        parent_shown = None
        for goal in entry.goals:
            parent = goal["goal"].parent if goal["goal"] else None
            if parent is not None and parent.pk != parent_shown:
                word.heading(f"{parent.get_level_display()}: {parent.title}", 2)
                write_analysis(word, goal.get("parent_analysis"), heading_level=3)
                parent_shown = parent.pk
            if not goal["rows"]:
                g = goal["goal"]
                word.paragraph(
                    _("No measure follows this goal up; the unit's actions serve it."),
                    lead=f"{g.get_level_display()}: {g.title}.",
                )
                write_analysis(word, goal.get("analysis"), heading_level=3, label=g.title)
                continue
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
                        row.target_text or "–",
                        row.indicator.report_periods or "–",
                        value(row.outcome.total if row.outcome else None, row.indicator),
                        value(row.outcome.women if row.outcome else None, row.indicator),
                        value(row.outcome.men if row.outcome else None, row.indicator),
                        status_text(row.judgement.status)
                        + (f" ({_('judged')})" if row.manual else "")
                        + f"\n{explain(row.judgement, row.indicator.measure_unit)}",
                        trend_text(row.trend),
                    ]
                    for row in goal["rows"]
                ],
                caption=(
                    f"{goal['goal'].get_level_display()}: {goal['goal'].title}"
                    if goal["goal"]
                    else _("Measures without goal")
                ),
                # The measure's name and the reason of its judgement are the longest texts.
                widths_cm=(3.2, 2.0, 1.9, 2.3, 1.8, 1.3, 2.5, 2.0),
            )
            if goal["goal"] and goal.get("verdict"):
                verdict = goal["verdict"]
                word.paragraph(
                    f"{status_text(verdict.status)} – {explain_verdict(verdict)}",
                    lead=_("The goal %(title)s:") % {"title": goal["goal"].title},
                )
            for row in goal["rows"]:
                if note := contradicted(row.outcome, row.indicator):
                    word.paragraph(note, lead=f"{row.indicator.name}:")
            if goal["goal"]:
                write_analysis(
                    word, goal.get("analysis"), heading_level=3, label=goal["goal"].title
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
            measure = item.indicator
            if item.outcomes:
                _series_table(word, item.outcomes, measure)
            if item.breakdown:
                word.table(
                    [_("Unit"), _("Period"), _("Total"), _("Women"), _("Men")],
                    [
                        [
                            o.unit.name,
                            str(o.period),
                            value(o.total, measure),
                            value(o.women, measure),
                            value(o.men, measure),
                        ]
                        for o in item.breakdown
                    ],
                    caption=_("Breakdown to units: %(name)s") % {"name": measure.name},
                )
            for o in [*item.outcomes, *item.breakdown]:
                if note := contradicted(o, measure):
                    where = f"{o.unit.name}, {o.period}" if o.unit_id != unit.pk else str(o.period)
                    word.paragraph(note, lead=f"{where}:")
            for o in item.outcomes:
                if o.period_id == period.pk and o.comment:
                    word.paragraph(o.comment, lead=f"{_('Comment')}:")
            write_analysis(word, item.analysis, heading_level=4)
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
    write_chapters(word, report.get("chapters"), "end")
    return word.to_bytes()
