"""A Word document with real headings and tables, for documents a controller goes on editing.

Thin layer over python-docx: Swedish language on the default style, the title and page
numbers in header and footer, table header rows that repeat on every page, rows that are
not split over pages, and images with a text alternative.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Sequence

from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
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


def _index_images(document: DocxDocument) -> None:
    """Find images by hash and number new ones in constant time.

    python-docx (1.2) hashes every image already in the document to find a duplicate and
    scans them all for the next free name, each time an image is added: a report with
    2,000 charts spent most of its time there. The index keeps both as it goes.
    """
    parts = document.part.package.image_parts
    by_sha1: dict[str, ImagePart] = {part.sha1: part for part in parts}
    numbers = itertools.count(len(parts) + 1)
    add_image_part = parts._add_image_part

    def add(image: Image) -> ImagePart:
        part: ImagePart = add_image_part(image)
        by_sha1[image.sha1] = part
        return part

    parts._get_by_sha1 = by_sha1.get
    parts._next_image_partname = lambda ext: PackURI(f"/word/media/image{next(numbers)}.{ext}")
    parts._add_image_part = add


class WordDocument:
    def __init__(self, title: str, *, author: str = "", landscape: bool = False) -> None:
        self.document = Document()
        _index_images(self.document)
        self._shape_ids = itertools.count(self.document.part.next_id)
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
            # Word reads the cells' widths, LibreOffice the table's grid: set both.
            for column, width in zip(table.columns, widths_cm, strict=False):
                column.width = Cm(width)
            for row in table.rows:
                for cell, width in zip(row.cells, widths_cm, strict=False):
                    cell.width = Cm(width)
        self.document.add_paragraph()
        return table

    def image(self, png: bytes, *, alt_text: str, width_cm: float = 15.0) -> None:
        # As Document.add_picture, but with the shape id from a counter: python-docx
        # searches the whole document for the highest id on every picture.
        part = self.document.part
        relation_id, image = part.get_or_add_image(io.BytesIO(png))
        width, height = image.scaled_dimensions(Cm(width_cm), None)
        inline = CT_Inline.new_pic_inline(
            next(self._shape_ids), relation_id, image.filename, width, height
        )
        self.document.add_paragraph().add_run()._r.add_drawing(inline)
        inline.docPr.set("descr", alt_text)
        inline.docPr.set("title", alt_text)

    def page_break(self) -> None:
        self.document.add_page_break()

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()
