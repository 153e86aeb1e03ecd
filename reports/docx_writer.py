"""A Word document with real headings and tables, for documents a controller goes on editing.

Thin layer over python-docx: Swedish language on the default style, the title and page
numbers in header and footer, table header rows that repeat on every page, rows that are
not split over pages, and images with a text alternative.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table


def _field(paragraph: object, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    begin, text, end = (
        OxmlElement("w:fldChar"),
        OxmlElement("w:instrText"),
        OxmlElement("w:fldChar"),
    )
    begin.set(qn("w:fldCharType"), "begin")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end.set(qn("w:fldCharType"), "end")
    run._r.extend([begin, text, end])


class WordDocument:
    def __init__(self, title: str, *, author: str = "", landscape: bool = False) -> None:
        self.document = Document()
        properties = self.document.core_properties
        properties.title = title
        properties.author = author
        properties.language = "sv-SE"
        normal = self.document.styles["Normal"]
        normal.font.name = "Liberation Sans"
        normal.font.size = Pt(10)
        run_defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if run_defaults is not None:
            for r_pr in run_defaults.iter(qn("w:rPr")):
                language = OxmlElement("w:lang")
                language.set(qn("w:val"), "sv-SE")
                r_pr.append(language)
        section = self.document.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(2)
        header = section.header.paragraphs[0]
        header.text = title
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer.add_run(_("Page") + " ")
        _field(footer, "PAGE")
        footer.add_run(" " + _("of") + " ")
        _field(footer, "NUMPAGES")

    def heading(self, text: str, level: int) -> None:
        self.document.add_heading(text, level=level)

    def paragraph(self, text: str, *, lead: str = "") -> None:
        paragraph = self.document.add_paragraph()
        if lead:
            paragraph.add_run(lead + " ").bold = True
        paragraph.add_run(text)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Bullet")

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        caption: str = "",
        row_headers: bool = True,
        widths_cm: Sequence[float] = (),
    ) -> Table:
        if caption:
            self.document.add_paragraph(caption, style="Caption")
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        header_properties = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_properties.append(repeat)
        for values in rows:
            row = table.add_row()
            keep = OxmlElement("w:cantSplit")
            keep.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(keep)
            for n, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                cell.text = text
                if n == 0 and row_headers:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        if widths_cm:
            table.autofit = False
            for row in table.rows:
                for cell, width in zip(row.cells, widths_cm, strict=False):
                    cell.width = Cm(width)
        self.document.add_paragraph()
        return table

    def image(self, png: bytes, *, alt_text: str, width_cm: float = 15.0) -> None:
        self.document.add_picture(io.BytesIO(png), width=Cm(width_cm))
        drawing = self.document.paragraphs[-1]._p
        for properties in drawing.iter(qn("wp:docPr")):
            properties.set("descr", alt_text)
            properties.set("title", alt_text)

    def page_break(self) -> None:
        self.document.add_page_break()

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()
