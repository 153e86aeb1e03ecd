"""A document's chapters of text in Word, at their place, from what was written
(chapters.markup): headings, paragraphs with emphasis and links, lists and simple tables."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from chapters.markup import Block, Run, blocks
from reports.docx_writer import WordDocument


def _hyperlink(paragraph: Paragraph, run: Run) -> None:
    relation = paragraph.part.relate_to(run.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    element = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1D3F6E")
    properties.append(colour)
    properties.append(underline)
    if run.bold:
        properties.append(OxmlElement("w:b"))
    if run.italic:
        properties.append(OxmlElement("w:i"))
    element.append(properties)
    text = OxmlElement("w:t")
    text.text = run.text
    text.set(qn("xml:space"), "preserve")
    element.append(text)
    link.append(element)
    paragraph._p.append(link)


def _runs(paragraph: Paragraph, runs: list[Run]) -> None:
    for run in runs:
        if run.link:
            _hyperlink(paragraph, run)
            continue
        written = paragraph.add_run(run.text)
        written.bold = run.bold or None
        written.italic = run.italic or None


def _block(word: WordDocument, block: Block) -> None:
    document = word.document
    if block.kind == "heading":
        word.heading(block.plain, min(block.level, 9))
    elif block.kind == "table" and block.rows:
        width = max(len(row) for row in block.rows)
        rows = [row + [""] * (width - len(row)) for row in block.rows]
        word.table(rows[0], rows[1:], row_headers=False)
    elif block.kind == "item":
        if block.number is None:
            style = "List Bullet" if block.depth == 1 else "List Bullet 2"
            paragraph = document.add_paragraph(style=style)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.63 * block.depth)
            paragraph.add_run(f"{block.number}. ")
        _runs(paragraph, block.runs)
    else:
        _runs(document.add_paragraph(), block.runs)


def write_chapters(
    word: WordDocument, chapters: list[dict[str, Any]] | None, place: str, *, top: int = 1
) -> None:
    """The chapters stored for `place`, a chapter's heading at Word's level `top`."""
    for chapter in chapters or []:
        if chapter["place"] != place:
            continue
        level = top + chapter["level"] - 1
        if chapter["heading"]:
            word.heading(chapter["heading"], level)
        write_markup(word, chapter["text"], heading_level=level + 1)


def write_markup(word: WordDocument, text: str, *, heading_level: int) -> None:
    """A text written in chapters.markup, its highest heading at Word's `heading_level`."""
    for block in blocks(text, heading_level=heading_level):
        _block(word, block)
