"""The committee's answer to the auditors as a Word letter, in the shape of the letter it
replaces: date and case number at the top right, who handles it, the title, the
introduction, each recommendation emphasised and followed by "Svar:" and the answer, the
closing, "För …" and the signatories with their titles."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from committee.text_blocks import plain_text, text_blocks
from reports.docx_writer import WordDocument


def _text(word: WordDocument, text: str, *, lead: str = "") -> None:
    """Paragraphs and bullets; `lead` opens the first paragraph (or stands before a list)."""
    blocks = text_blocks(text)
    if lead and (not blocks or blocks[0].is_list):
        word.paragraph("", lead=lead)
    for n, block in enumerate(blocks):
        if block.is_list:
            word.bullets(block.items)
        else:
            word.paragraph(block.text, lead=lead if n == 0 else "")


def review_answer_docx(review: Any, recommendations: list[Any], signatories: list[Any]) -> bytes:
    title = review.answer_title or review.title
    word = WordDocument(title, author=review.signed_for or str(review.unit))
    document = word.document
    for style_name, size in (("Title", 15), ("Heading 2", 10.5)):
        style = document.styles[style_name]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        style.font.name = "Liberation Sans"
    dated = document.add_paragraph(
        " ".join(
            part
            for part in (
                review.answered_on.isoformat() if review.answered_on else "",
                review.case_number,
            )
            if part
        )
    )
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if review.handled_by or review.handled_by_unit:
        letterhead = document.add_paragraph()
        letterhead.add_run(review.handled_by)
        if review.handled_by and review.handled_by_unit:
            letterhead.add_run().add_break()
        letterhead.add_run(review.handled_by_unit)
    if review.addressee:
        document.add_paragraph(review.addressee)
    word.heading(title, 0)
    _text(word, review.introduction)
    for recommendation in recommendations:
        word.heading(f"{recommendation.number}. {plain_text(recommendation.text)}", 2)
        _text(word, recommendation.answer or "–", lead=_("Answer:"))
    _text(word, review.closing)
    if review.signed_for:
        document.add_paragraph()
        word.paragraph(_("For %(body)s") % {"body": review.signed_for})
    for signatory in signatories:
        document.add_paragraph()
        paragraph = document.add_paragraph(signatory.name)
        if signatory.title:
            paragraph.add_run().add_break()
            paragraph.add_run(signatory.title)
    return word.to_bytes()
