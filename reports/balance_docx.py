"""The economy section of the tertial report in Word, from the same figures as the PDF."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from economy.balance_chart import balance_chart_png, chart_title
from economy.effects import ZERO
from economy.money import mkr, mkr_figure
from reports.balance_section import BalanceSection
from reports.docx_writer import WordDocument


def add_balance_section(word: WordDocument, section: BalanceSection) -> None:
    report = section.report
    word.heading(_("Economy in balance"), 1)
    if report.has_examples:
        word.paragraph(
            _(
                "Figures marked as examples show how the calculation works; the source "
                "documents give no amounts for them."
            ),
            lead=_("Example figures – not from the source document") + ".",
        )
    for statement in report.statements:
        word.paragraph(statement.plain())
    if report.warnings:
        word.bullets(w.message for w in report.warnings[:8])
        if len(report.warnings) > 8:
            word.paragraph(_("… and %(count)s more.") % {"count": len(report.warnings) - 8})
    if report.planned or report.realised_to_date or report.gap.to_cover:
        word.image(
            balance_chart_png(report),
            alt_text=chart_title(report) + ". " + _("The figures are in the table below."),
        )
    word.table(
        [_("Month"), _("Planned, added up"), _("Realised, added up")],
        [
            [
                m.name,
                mkr_figure(m.cumulative_planned),
                mkr_figure(m.cumulative_realised) if m.cumulative_realised is not None else "–",
            ]
            for m in report.months
        ],
        caption=_("Planned and realised effects %(year)s, added up month by month, in mkr")
        % {"year": report.year},
    )
    word.table(
        [
            pgettext("economy", "Measure"),
            _("Calculation"),
            pgettext("effect", "Planned"),
            _("Realised so far"),
        ],
        [
            [
                f"{line.measure.number}. {line.measure.title}",
                "\n".join(
                    f"{c.calculation.cost_type.name}: {c.shown}"
                    + (f" ({_('example')})" if c.calculation.is_example else "")
                    for c in line.calculations
                )
                or _("No calculation"),
                mkr(line.planned),
                mkr(line.realised_to_date),
            ]
            for line in report.measures
        ],
        caption=_("Per measure"),
        widths_cm=(5.0, 7.0, 2.5, 2.5),
    )
    if report.programmes:
        word.table(
            [
                _("Programme"),
                pgettext("economy", "Measures"),
                pgettext("effect", "Planned"),
                _("Realised so far"),
            ],
            [
                [
                    line.programme.name if line.programme else _("Measures without programme"),
                    str(line.measures),
                    mkr(line.planned),
                    mkr(line.realised_to_date),
                ]
                for line in report.programmes
            ],
            caption=_("Per programme"),
        )
    matrix = report.gap_matrix
    if matrix is not None:
        word.table(
            [
                _("Unit"),
                *(c.name if c else _("No cost type") for c in matrix.cost_types),
                _("Total"),
            ],
            [
                [row.unit.name if row.unit else _("No unit")]
                + ["–" if cell.value is None else mkr_figure(cell.value) for cell in row.cells]
                + [mkr_figure(row.total)]
                for row in matrix.rows
            ]
            + [
                [_("Total")]
                + [mkr_figure(cell.value or ZERO) for cell in matrix.totals]
                + [mkr_figure(matrix.total)]
            ],
            caption=_("Budget gap per unit and cost type") + " (mkr)",
        )
