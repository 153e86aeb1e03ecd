"""The follow-up of an internal control plan as a Word document."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from reports.chapters_docx import write_chapters
from reports.docx_writer import WordDocument

CHANGE_WORDS = {"higher": "↑", "lower": "↓", "same": "→"}


def _assessment(assessment: Any) -> str:
    if assessment is None:
        return "–"
    text = f"{assessment.risk_class.code} ({assessment.score}) {assessment.assessed_on:%Y-%m-%d}"
    return f"{text}: {assessment.reason}" if assessment.reason else text


def control_followup_docx(data: dict[str, Any], title: str, version_label: str) -> bytes:
    plan, followup = data["plan"], data["followup"]
    word = WordDocument(title, author=str(plan.unit))
    word.heading(title, 0)
    word.paragraph(str(plan.unit), lead=f"{_('Body')}:")
    word.paragraph(plan.title, lead=f"{_('Plan')}:")
    word.paragraph(f"{followup.name}, {followup.due_on:%Y-%m-%d}", lead=f"{_('Follow-up')}:")
    word.paragraph(
        f"{data['reported_actions']} / {data['action_count']}", lead=f"{_('Actions reported')}:"
    )
    word.paragraph(_("The reports %(label)s.") % {"label": version_label})
    write_chapters(word, data.get("chapters"), "start")
    word.heading(_("Proposals"), 1)
    if data["proposals"]:
        word.bullets(data["proposals"])
    else:
        word.paragraph(
            _(
                "Nothing calls for a decision: no risk is assessed higher, no control found a "
                "deviation and no action is past its deadline."
            )
        )
    word.heading(_("Risks, actions and controls"), 1)
    for row in data["rows"]:
        word.heading(_("Risk %(number)s") % {"number": row.risk.number} + f": {row.risk.title}", 2)
        now = _assessment(row.current) if row.current else _("No new assessment")
        word.paragraph(now, lead=f"{_('Assessment now')}:")
        word.paragraph(_assessment(row.previous), lead=f"{_('Before')}:")
        if row.change:
            word.paragraph(CHANGE_WORDS[row.change], lead=f"{_('Change')}:")
        if row.actions:
            word.table(
                [_("Action"), _("Status"), _("Comment")],
                [
                    [
                        f"Å{a['action'].number} {a['action'].title}",
                        (
                            a["update"].get_status_display()
                            if a["update"]
                            else a["action"].get_status_display()
                        )
                        + ("" if a["reported"] else f" ({_('not reported at this follow-up')})"),
                        a["update"].comment if a["update"] else "–",
                    ]
                    for a in row.actions
                ],
                caption=_("Actions"),
            )
        _controls(word, row.controls)
    if data["controls_without_risk"]:
        word.heading(_("Controls not linked to a risk"), 2)
        _controls(word, data["controls_without_risk"])
    write_chapters(word, data.get("chapters"), "end")
    return word.to_bytes()


def _controls(word: WordDocument, controls: list[dict[str, Any]]) -> None:
    if not controls:
        return
    word.table(
        [_("Control"), _("Result"), _("What was found"), _("What is done")],
        [
            [
                f"K{c['control'].number} {c['control'].what}",
                c["result"].get_outcome_display() if c["result"] else _("Not reported"),
                c["result"].findings if c["result"] else "–",
                c["result"].measures if c["result"] else "–",
            ]
            for c in controls
        ],
        caption=_("Controls"),
    )
