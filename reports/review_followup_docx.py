"""The follow-up of a review's recommendations as a Word document: per recommendation what
was promised, what was done (the dated reports), what remains, and its status."""

from __future__ import annotations

from django.utils.translation import gettext as _

from committee.review_followup import RecommendationFollowUp, ReviewFollowUp
from committee.text_blocks import plain_text
from reports.docx_writer import WordDocument


def _status(item: RecommendationFollowUp) -> str:
    recommendation = item.recommendation
    if item.closed:
        text = _("Closed by the auditors on %(date)s") % {
            "date": recommendation.closed_on.isoformat() if recommendation.closed_on else "–"
        }
        return f"{text}: {recommendation.closing_note}" if recommendation.closing_note else text
    return _("Open: not closed by the auditors")


def review_followup_docx(followup: ReviewFollowUp, title: str, version_label: str) -> bytes:
    review = followup.review
    word = WordDocument(title, author=str(review.unit))
    word.heading(title, 0)
    word.paragraph(str(review.unit), lead=f"{_('Answering body')}:")
    word.paragraph(review.auditors, lead=f"{_('Auditors')}:")
    word.paragraph(review.case_number or "–", lead=f"{_('Case number')}:")
    answered = review.answered_on.isoformat() if review.answered_on else "–"
    word.paragraph(answered, lead=f"{_('Date of the answer')}:")
    word.paragraph(
        f"{followup.closed_count} / {len(followup.recommendations)}",
        lead=f"{_('Recommendations closed')}:",
    )
    word.paragraph(
        f"{followup.done_count} / {followup.promise_count}", lead=f"{_('Promised measures done')}:"
    )
    word.paragraph(_("The follow-up %(label)s.") % {"label": version_label})
    for item in followup.recommendations:
        recommendation = item.recommendation
        number = recommendation.number
        word.heading(_("Recommendation %(number)s") % {"number": number}, 1)
        word.paragraph("", lead=f"{number}. {plain_text(recommendation.text)}")
        word.paragraph(_status(item), lead=f"{_('Status')}:")
        word.heading(_("What was promised"), 2)
        if item.promises:
            word.table(
                [_("Promised measure"), _("Owner"), _("Deadline"), _("Status")],
                [
                    [
                        f"{number}.{p.position} {p.promise.text}",
                        p.owner_label or "–",
                        p.promise.deadline.isoformat() if p.promise.deadline else "–",
                        p.status_label,
                    ]
                    for p in item.promises
                ],
                row_headers=False,
                widths_cm=(9, 3.5, 2.5, 2.5),
            )
        else:
            word.paragraph(_("The answer promises no measures."))
        word.heading(_("What was done"), 2)
        if item.reports:
            word.table(
                [_("Date"), _("Promised measure"), _("Status"), _("What was done"), _("By")],
                [
                    [
                        d.report.reported_on.isoformat(),
                        f"{number}.{d.promise.position}",
                        str(d.report.get_status_display()),
                        d.report.comment,
                        (
                            d.report.reported_by.get_full_name() or d.report.reported_by.username
                            if d.report.reported_by
                            else "–"
                        ),
                    ]
                    for d in item.reports
                ],
                row_headers=False,
                widths_cm=(2.3, 1.7, 2.3, 8.2, 3),
            )
        else:
            word.paragraph(_("Nothing has been reported yet."))
        word.heading(_("What remains"), 2)
        if item.remaining:
            word.bullets(
                f"{number}.{p.position} ({p.status_label.lower()}): {p.promise.text}"
                for p in item.remaining
            )
        elif item.promises:
            word.paragraph(_("Every promised measure is done or cancelled."))
        else:
            word.paragraph("–")
    return word.to_bytes()
